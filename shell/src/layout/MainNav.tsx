import { NavLink } from 'react-router';
import type { SliceManifestEntry } from '@tiffin/contracts';

export function MainNav({ slices }: { slices: SliceManifestEntry[] }) {
  return (
    <nav className="shell-nav" aria-label="Main">
      <ul className="shell-nav-list">
        {slices.map((slice) => (
          <li key={slice.name}>
            <NavLink to={slice.route} className="shell-nav-link">
              {slice.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
