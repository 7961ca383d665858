import './live-releases.css';
import type { ShellSliceEntry } from '../overrides/sliceSources';

/** A new version of the section on screen is ready; it comes at the next navigation, or now at one press. */
export function NewReleaseNotice({ waiting, onSwitch }: { waiting: ShellSliceEntry[]; onSwitch: () => void }) {
  if (waiting.length === 0) return null;
  const sections = waiting.map((entry) => entry.label.toLowerCase()).join(' and ');
  return (
    <section className="shell-release-notice" aria-label="New version" aria-live="polite">
      <p className="shell-release-text">
        A new version of the {sections} section is ready; it opens when you go to another page.
      </p>
      <button type="button" className="shell-button shell-release-switch" onClick={onSwitch}>
        Update now
      </button>
    </section>
  );
}
