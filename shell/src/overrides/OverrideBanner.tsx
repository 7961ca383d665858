import './overrides.css';
import type { SliceOverride } from './sliceSources';

function originOf(remoteEntry: string): string {
  return new URL(remoteEntry).origin;
}

/**
 * Always on screen while this browser loads a slice from somewhere other than the live manifest, so a
 * developer never mistakes their local build for what customers see.
 */
export function OverrideBanner({ overrides, onClear }: { overrides: SliceOverride[]; onClear: () => void }) {
  if (overrides.length === 0) return null;
  return (
    <section className="shell-override-banner" aria-label="Slice overrides">
      <p className="shell-override-text">
        In this browser only:{' '}
        {overrides.map((override, index) => (
          <span key={override.slice}>
            {index > 0 && ', '}
            <strong>{override.label}</strong> ({override.slice} slice) from <code>{originOf(override.remoteEntry)}</code>
          </span>
        ))}
      </p>
      <button type="button" className="shell-button shell-override-clear" onClick={onClear}>
        Clear overrides
      </button>
    </section>
  );
}
