import { useEffect, useState } from 'react';

/**
 * Under this, a section that is still loading shows nothing: a cue that flashes for a moment is
 * noise. Past it, the customer learns that something is on its way.
 */
export const loadingCueDelayMs = 300;

export function SliceLoadingCue({ label }: { label: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), loadingCueDelayMs);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return <div className="shell-slice-loading" aria-busy="true" />;
  return (
    <p className="shell-slice-loading" role="status" aria-busy="true">
      Loading {label.toLowerCase()}…
    </p>
  );
}
