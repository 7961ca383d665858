import { Link, Navigate, Route, Routes } from 'react-router';
import type { SliceManifest } from '@tiffin/contracts';
import { SliceOutlet } from '../slices/SliceOutlet';
import type { SliceRegistry } from '../slices/sliceRegistry';
import { CartIndicator } from './CartIndicator';
import { MainNav } from './MainNav';
import { NotFound } from './NotFound';
import { Toasts } from './Toasts';
import { useShell } from '../app/ShellContext';

/** Where `/` lands: the catalog if there is one, else whatever the manifest lists first. */
function homeRoute(manifest: SliceManifest): string {
  return (manifest.slices.find((s) => s.name === 'catalog') ?? manifest.slices[0])?.route ?? '/';
}

export function ShellLayout({ manifest, registry }: { manifest: SliceManifest; registry: SliceRegistry }) {
  const { session } = useShell();
  const orderSlice = manifest.slices.find((s) => s.name === 'order');

  return (
    <div className="shell">
      <header className="shell-header">
        <Link className="shell-brand" to="/">
          Tiffin
        </Link>
        <MainNav slices={manifest.slices} />
        <div className="shell-header-end">
          <CartIndicator checkoutPath={orderSlice ? `${orderSlice.route}/cart` : null} />
          <span className="shell-user">{session.displayName}</span>
        </div>
      </header>
      <main className="shell-main">
        <Routes>
          <Route index element={<Navigate to={homeRoute(manifest)} replace />} />
          {manifest.slices.map((entry) => (
            <Route
              key={entry.name}
              path={`${entry.route}/*`}
              element={<SliceOutlet entry={entry} registry={registry} />}
            />
          ))}
          <Route path="*" element={<NotFound home={homeRoute(manifest)} />} />
        </Routes>
      </main>
      <Toasts />
    </div>
  );
}
