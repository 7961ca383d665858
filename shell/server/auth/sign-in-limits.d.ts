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
    refusal(email: string, address: string): {
        retryAfterSeconds: number;
        message: string;
    } | undefined;
    failed(email: string, address: string): void;
    /** The right password clears that email's failures (the address keeps its own). */
    succeeded(email: string): void;
}
/**
 * Guessing passwords is slowed per account and per client: a few failures for one email, more from
 * one address (a household or office shares one). Counted in this edge's memory over a sliding
 * window, which is enough for one edge; several edges would each allow this much.
 */
export declare function createSignInLimits(options?: SignInLimitOptions): SignInLimits;
