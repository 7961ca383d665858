import { SliceRefusedError } from './remoteSlice';

/** What a section shows instead of itself when it failed to load or render; the rest of the shell stays usable. */
export function SliceErrorCard({ label, error, onRetry }: { label: string; error: Error; onRetry: () => void }) {
  const section = label.toLowerCase();
  if (error instanceof SliceRefusedError) {
    // Why it was refused (a contract version, an origin) is for developers: it is in the console.
    return (
      <section className="shell-message shell-slice-error" role="alert">
        <h1>The {section} section was not loaded</h1>
        <p>This part of Tiffin is being updated and cannot open right now. The rest of Tiffin still works; please try again later.</p>
      </section>
    );
  }
  return (
    <section className="shell-message shell-slice-error" role="alert">
      <h1>The {section} section is unavailable right now</h1>
      <p>The rest of Tiffin still works. Try again in a moment.</p>
      <button type="button" className="shell-button" onClick={onRetry}>
        Retry
      </button>
    </section>
  );
}
