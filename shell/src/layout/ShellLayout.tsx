import { Link, Navigate, Route, Routes } from 'react-router';
import type { SliceSources } from '../overrides/sliceSources';
import { clearSliceOverrides } from '../overrides/loadSliceSources';
import { OverrideBanner } from '../overrides/OverrideBanner';
import { RefusalNotice } from '../overrides/RefusalNotice';
import { SliceOutlet } from '../slices/SliceOutlet';
import type { SliceRegistry } from '../slices/sliceRegistry';
import { usePreloadWhenIdle } from '../slices/usePreloadWhenIdle';
import { CartIndicator } from './CartIndicator';
import { MainNav } from './MainNav';
import { NotFound } from './NotFound';
import { Toasts } from './Toasts';
import { useShell } from '../app/ShellContext';

/** Where `/` lands: the catalog if there is one, else whatever the manifest lists first. */
function homeRoute(slices: SliceSources['slices']): string {
  return (slices.find((s) => s.name === 'catalog') ?? slices[0])?.route ?? '/';
}

export function ShellLayout({ sources, registry }: { sources: SliceSources; registry: SliceRegistry }) {
  const { session } = useShell();
  const { slices } = sources;
  const orderSlice = slices.find((s) => s.name === 'order');
  usePreloadWhenIdle(slices, registry);

  return (
    <div className="shell">
      <OverrideBanner overrides={sources.overrides} onClear={() => clearSliceOverrides(window)} />
      <RefusalNotice refusals={sources.refusals} />
      <header className="shell-header">
        <Link className="shell-brand" to="/">
          Tiffin
        </Link>
        <MainNav slices={slices} onIntent={(entry) => void registry.preload(entry)} />
        <div className="shell-header-end">
          <CartIndicator checkoutPath={orderSlice ? `${orderSlice.route}/cart` : null} />
          <span className="shell-user">{session.displayName}</span>
        </div>
      </header>
      <main className="shell-main">
        <Routes>
          <Route index element={<Navigate to={homeRoute(slices)} replace />} />
          {slices.map((entry) => (
            <Route key={entry.name} path={`${entry.route}/*`} element={<SliceOutlet entry={entry} registry={registry} />} />
          ))}
          <Route path="*" element={<NotFound home={homeRoute(slices)} />} />
        </Routes>
      </main>
      <Toasts />
    </div>
  );
}
