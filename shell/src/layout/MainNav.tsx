import { NavLink } from 'react-router';
import type { ShellSliceEntry } from '../overrides/sliceSources';

/** A main navigation link: where it goes and the slice behind it, to load ahead of the click. */
export interface NavItem {
  to: string;
  label: string;
  slice: ShellSliceEntry;
}

/** `onIntent`: the pointer or focus is on a section's link, so the person may well open it next. */
export function MainNav({ items, onIntent }: { items: NavItem[]; onIntent: (entry: ShellSliceEntry) => void }) {
  return (
    <nav className="shell-nav" aria-label="Main">
      <ul className="shell-nav-list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              // The customer's slice start pages own every path under them; a staff page is one path.
              end={item.to !== item.slice.route}
              className="shell-nav-link"
              onPointerEnter={() => onIntent(item.slice)}
              onFocus={() => onIntent(item.slice)}
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
