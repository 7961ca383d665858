import { NavLink } from 'react-router';
import type { ShellSliceEntry } from '../overrides/sliceSources';

/** `onIntent`: the pointer or focus is on a section's link, so the customer may well open it next. */
export function MainNav({ slices, onIntent }: { slices: ShellSliceEntry[]; onIntent: (entry: ShellSliceEntry) => void }) {
  return (
    <nav className="shell-nav" aria-label="Main">
      <ul className="shell-nav-list">
        {slices.map((slice) => (
          <li key={slice.name}>
            <NavLink
              to={slice.route}
              className="shell-nav-link"
              onPointerEnter={() => onIntent(slice)}
              onFocus={() => onIntent(slice)}
            >
              {slice.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
