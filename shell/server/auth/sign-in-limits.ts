export interface SignInLimitOptions {
  /** Failed sign-ins for one email within the window before it is refused. */
  perEmail?: number;
  /** Failed sign-ins from one client address within the window, whatever the email. */
  perAddress?: number;
  windowMs?: number;
  now?: () => number;
}

export interface SignInLimits {
  /** When a limit is reached: how long until a try is allowed again, and what to tell the person. */
  refusal(email: string, address: string): { retryAfterSeconds: number; message: string } | undefined;
  failed(email: string, address: string): void;
  /** The right password clears that email's failures (the address keeps its own). */
  succeeded(email: string): void;
}

/**
 * Guessing passwords is slowed per account and per client: a few failures for one email, more from
 * one address (a household or office shares one). Counted in this edge's memory over a sliding
 * window, which is enough for one edge; several edges would each allow this much.
 */
export function createSignInLimits(options: SignInLimitOptions = {}): SignInLimits {
  const perEmail = options.perEmail ?? 5;
  const perAddress = options.perAddress ?? 20;
  const windowMs = options.windowMs ?? 15 * 60 * 1000;
  const now = options.now ?? Date.now;
  const failures = new Map<string, number[]>();

  /** The key's failures still inside the window; keys with none are dropped so the map stays small. */
  function recent(key: string): number[] {
    const since = now() - windowMs;
    const kept = (failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  }

  function sweep(): void {
    if (failures.size < 50_000) return;
    for (const key of [...failures.keys()]) recent(key);
  }

  const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
  const addressKey = (address: string) => `address:${address}`;

  function waitFor(times: number[], limit: number): number | undefined {
    if (times.length < limit) return undefined;
    // Allowed again once enough of the failures have left the window.
    const freesAt = times[times.length - limit]! + windowMs;
    return Math.max(1, Math.ceil((freesAt - now()) / 1000));
  }

  const inMinutes = (seconds: number) => {
    const minutes = Math.ceil(seconds / 60);
    return minutes <= 1 ? 'in a minute' : `in ${minutes} minutes`;
  };

  return {
    refusal(email, address) {
      const byEmail = waitFor(recent(emailKey(email)), perEmail);
      if (byEmail !== undefined) {
        return {
          retryAfterSeconds: byEmail,
          message: `Too many wrong passwords for this email. For your safety, try again ${inMinutes(byEmail)}.`,
        };
      }
      const byAddress = waitFor(recent(addressKey(address)), perAddress);
      if (byAddress !== undefined) {
        return {
          retryAfterSeconds: byAddress,
          message: `Too many failed sign-ins from your network. Try again ${inMinutes(byAddress)}.`,
        };
      }
      return undefined;
    },
    failed(email, address) {
      sweep();
      for (const key of [emailKey(email), addressKey(address)]) failures.set(key, [...recent(key), now()]);
    },
    succeeded(email) {
      failures.delete(emailKey(email));
    },
  };
}
