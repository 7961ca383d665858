/** What the shell shows before it can show Tiffin: loading, or a plain sentence and Try again. */
export function StartupScreen({ problem, onRetry }: { problem?: string; onRetry?: () => void }) {
  if (problem !== undefined) {
    return (
      <main className="shell-startup" role="alert">
        <h1 className="shell-brand-large">Tiffin</h1>
        <p>{problem}</p>
        <button type="button" className="shell-button" onClick={onRetry}>
          Try again
        </button>
      </main>
    );
  }
  return (
    <main className="shell-startup" aria-busy="true">
      <h1 className="shell-brand-large">Tiffin</h1>
      <p role="status">Loading Tiffin…</p>
    </main>
  );
}
