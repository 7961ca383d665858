import { useCallback, useMemo } from 'react';
import { Link, NavLink, Navigate, Route, Routes, useNavigate } from 'react-router';
import type { SliceComponent, SliceName, SliceProps } from '@tiffin/slice-contract';
// By path: the topology package's entry reads the server environment; this file is plain data.
import { sliceNames, topology } from '../../../../packages/topology/src/topology';
import { useShell } from '../../../../shell/src/app/ShellContext';
import { useSession } from '../../../../shell/src/session/SessionContext';
import { CartIndicator } from '../../../../shell/src/layout/CartIndicator';

/**
 * The same Slice components the shell loads through federation, imported into one build: every
 * slice folder's (mfe-*, as the workspace names them), found for each slice of the topology.
 */
const sliceModules = import.meta.glob<{ default: SliceComponent }>('../../../../mfe-*/src/Slice.tsx', { eager: true });
const sliceComponents = Object.fromEntries(
  sliceNames.map((name) => {
    const module = sliceModules[`../../../../${topology.slices[name].dir}/src/Slice.tsx`];
    if (!module) throw new Error(`no ${topology.slices[name].dir}/src/Slice.tsx for the ${name} slice`);
    return [name, module.default];
  }),
) as Record<SliceName, SliceComponent>;

function StaticSlice({ name }: { name: SliceName }) {
  const { cart, events } = useShell();
  const { session } = useSession();
  const routerNavigate = useNavigate();
  const navigate = useCallback((to: string) => void routerNavigate(to), [routerNavigate]);
  const { route, bff } = topology.slices[name];
  const props = useMemo<SliceProps>(
    () => ({ basename: route, bffBase: `/bff/${bff}`, session, navigate, events, cart }),
    [route, bff, session, navigate, events, cart],
  );
  const Slice = sliceComponents[name];
  return <Slice {...props} />;
}

/** The shell's header and routes without federation: what a monolithic Tiffin would ship. */
export function MonolithLayout() {
  const { session } = useSession();
  return (
    <div className="shell">
      <header className="shell-header">
        <Link className="shell-brand" to="/">
          Tiffin
        </Link>
        <nav className="shell-nav" aria-label="Main">
          <ul className="shell-nav-list">
            {sliceNames.map((name) => (
              <li key={name}>
                <NavLink to={topology.slices[name].route} className="shell-nav-link">
                  {topology.slices[name].label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="shell-header-end">
          <CartIndicator checkoutPath={`${topology.slices.order.route}/cart`} />
          <span className="shell-user">{session.identity.displayName}</span>
        </div>
      </header>
      <main className="shell-main">
        <Routes>
          <Route index element={<Navigate to={topology.slices.catalog.route} replace />} />
          {sliceNames.map((name) => (
            <Route key={name} path={`${topology.slices[name].route}/*`} element={<StaticSlice name={name} />} />
          ))}
        </Routes>
      </main>
    </div>
  );
}
