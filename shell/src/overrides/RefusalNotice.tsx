import { useState } from 'react';

/** Slice overrides the shell refused (not URLs, off the allow-list), until the developer dismisses them. */
export function RefusalNotice({ refusals }: { refusals: string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (refusals.length === 0 || dismissed) return null;
  return (
    <section className="shell-refusal-notice" role="alert" aria-label="Refused slice addresses">
      <ul className="shell-refusal-list">
        {refusals.map((refusal) => (
          <li key={refusal}>{refusal}</li>
        ))}
      </ul>
      <button type="button" className="shell-toast-dismiss" aria-label="Dismiss refused slice addresses" onClick={() => setDismissed(true)}>
        ×
      </button>
    </section>
  );
}
