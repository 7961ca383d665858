import { useState, type FormEvent } from 'react';
import { demoAccounts, demoPassword } from '@tiffin/demo-accounts';
import { type Identity, type Role } from '@tiffin/contracts';
import { type Session } from '@tiffin/slice-contract';
import { signIn } from './sessionApi';

const roleGroups: { role: Role; heading: string }[] = [
  { role: 'customer', heading: 'Customers' },
  { role: 'staff', heading: 'Restaurant staff' },
  { role: 'courier', heading: 'Couriers' },
  { role: 'operator', heading: 'Operators' },
];

/** Every seeded person, by role, one click from filling the form: this is a demo installation. */
const demoPeople: Identity[] = Object.values(demoAccounts);

export function SignInPage({ notice, onSignedIn }: { notice: string | null; onSignedIn: (session: Session) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn({ email, password }));
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      setBusy(false);
    }
  }

  return (
    <main className="shell-sign-in">
      <h1 className="shell-brand-large">Tiffin</h1>
      <form className="shell-sign-in-form" onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">Sign in</h2>
        {notice && (
          <p className="shell-sign-in-notice" role="status">
            {notice}
          </p>
        )}
        <label>
          Email
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Password
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p className="shell-sign-in-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="shell-button" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <section className="shell-demo-accounts" aria-labelledby="demo-title">
        <h2 id="demo-title">Demo accounts</h2>
        <p>
          Every demo account's password is <code>{demoPassword}</code>. Pick one to fill in the form.
        </p>
        {roleGroups.map(({ role, heading }) => (
          <section key={role} aria-labelledby={`demo-${role}`}>
            <h3 id={`demo-${role}`}>{heading}</h3>
            <ul>
              {demoPeople
                .filter((person) => person.role === role)
                .map((person) => (
                  <li key={person.accountId}>
                    <button
                      type="button"
                      className="shell-demo-account"
                      onClick={() => {
                        setEmail(person.email);
                        setPassword(demoPassword);
                      }}
                    >
                      <strong>{person.displayName}</strong> · {person.email}
                    </button>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </section>
    </main>
  );
}
