import { NavLink } from 'react-router';
import { useSlice } from '@tiffin/slice-kit';

const sections = [
  { path: '', label: 'Overview', end: true },
  { path: '/sagas', label: 'Sagas', end: false },
  { path: '/dead-letters', label: 'Dead letters', end: false },
  { path: '/traces', label: 'Traces', end: false },
  { path: '/audit', label: 'Audit log', end: false },
];

/** The slice's own sections, under the shell's header. */
export function OpsNav() {
  const { basename } = useSlice();
  return (
    <nav className="ops-nav" aria-label="Operations">
      {sections.map((section) => (
        <NavLink key={section.label} to={`${basename}${section.path}`} end={section.end} className={({ isActive }) => (isActive ? 'ops-nav-link ops-nav-link-active' : 'ops-nav-link')}>
          {section.label}
        </NavLink>
      ))}
    </nav>
  );
}
