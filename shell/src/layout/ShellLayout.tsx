import { useRef } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import type { SliceSources } from '../overrides/sliceSources';
import { clearSliceOverrides } from '../overrides/loadSliceSources';
import { OverrideBanner } from '../overrides/OverrideBanner';
import { RefusalNotice } from '../overrides/RefusalNotice';
import { SliceOutlet } from '../slices/SliceOutlet';
import type { SliceRegistry } from '../slices/sliceRegistry';
import { usePreloadWhenIdle } from '../slices/usePreloadWhenIdle';
import { NewReleaseNotice } from '../live-releases/NewReleaseNotice';
import { useFormInProgress } from '../live-releases/useFormInProgress';
import { useLiveReleases } from '../live-releases/useLiveReleases';
import { CartIndicator } from './CartIndicator';
import { MainNav } from './MainNav';
import { NotFound } from './NotFound';
import { Toasts } from './Toasts';
import { useSession } from '../session/SessionContext';
import { hasCart, roleNavigation } from '../session/roleNavigation';
import type { Role } from '@tiffin/contracts';
import type { NavItem } from './MainNav';

/** The navigation of a role, for the slices this manifest has. */
function navItems(role: Role, slices: SliceSources['slices']): NavItem[] {
  return roleNavigation[role].flatMap((entry) => {
    const slice = slices.find((s) => s.name === entry.slice);
    return slice ? [{ to: `${slice.route}${entry.path}`, label: entry.label, slice }] : [];
  });
}

/** The slice whose section `pathname` is in. */
function sliceAt(pathname: string, slices: SliceSources['slices']): string | undefined {
  return slices.find((entry) => pathname === entry.route || pathname.startsWith(`${entry.route}/`))?.name;
}

export function ShellLayout({ sources: loaded, registry }: { sources: SliceSources; registry: SliceRegistry }) {
  const { session, signOut } = useSession();
  const { role, displayName } = session.identity;
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const formInProgress = useFormInProgress(main, pathname);
  const live = useLiveReleases(loaded, registry, { pathname, formInProgress, onScreen: () => sliceAt(pathname, loaded.slices) });
  const { sources } = live;
  const { slices } = sources;
  const items = navItems(role, slices);
  // Where `/` (and sign-in) lands: the role's first section, else whatever the manifest lists first.
  const home = items[0]?.to ?? slices[0]?.route ?? '/';
  const orderSlice = slices.find((s) => s.name === 'order');
  usePreloadWhenIdle(
    items.map((item) => item.slice),
    registry,
  );

  return (
    <div className="shell">
      <OverrideBanner overrides={sources.overrides} onClear={() => clearSliceOverrides(window)} />
      <RefusalNotice refusals={sources.refusals} />
      <NewReleaseNotice waiting={live.waiting} onSwitch={live.switchWaiting} />
      <header className="shell-header">
        <Link className="shell-brand" to="/">
          Tiffin
        </Link>
        <MainNav items={items} onIntent={(entry) => void registry.preload(entry)} />
        <div className="shell-header-end">
          {hasCart(role) && <CartIndicator checkoutPath={orderSlice ? `${orderSlice.route}/cart` : null} />}
          <span className="shell-user">{displayName}</span>
          <button type="button" className="shell-sign-out" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main className="shell-main" ref={main}>
        <Routes>
          <Route index element={<Navigate to={home} replace />} />
          <Route path="/sign-in" element={<Navigate to={home} replace />} />
          {slices.map((entry) => (
            <Route key={entry.name} path={`${entry.route}/*`} element={<SliceOutlet entry={entry} registry={registry} />} />
          ))}
          <Route path="*" element={<NotFound home={home} />} />
        </Routes>
      </main>
      <Toasts />
    </div>
  );
}
