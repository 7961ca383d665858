import { useMemo, useState, useSyncExternalStore } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import type { SliceComponent, SliceProps } from '@tiffin/slice-contract';
import { createMemoryCart, createMemoryEvents } from '@tiffin/slice-kit/standalone';
import type { HarnessTarget } from './harnessTarget';

/**
 * Mounts one slice the way the shell does, under its route with the whole SliceProps contract, and
 * shows what the shell would otherwise handle: the cart and the events the slice emits.
 */
export function Harness({ target, Slice }: { target: HarnessTarget; Slice: SliceComponent }) {
  const navigate = useNavigate();
  const [events, setEvents] = useState<string[]>([]);
  const cart = useMemo(() => createMemoryCart(), []);
  const bus = useMemo(
    () => createMemoryEvents((type, payload) => setEvents((seen) => [...seen.slice(-9), `${type} ${JSON.stringify(payload)}`])),
    [],
  );
  const cartNow = useSyncExternalStore(cart.subscribe, cart.getSnapshot);
  const props: SliceProps = {
    basename: target.route,
    bffBase: target.bffBase,
    session: target.session,
    navigate: (to) => void navigate(to),
    events: bus,
    cart,
  };
  return (
    <>
      <header aria-label="Slice harness">
        <strong>{target.name} slice, standalone</strong> · signed in as {target.session.identity.displayName} · cart: {cartNow.lines.reduce((n, l) => n + l.quantity, 0)} item(s)
        {cartNow.restaurantName ? ` from ${cartNow.restaurantName}` : ''}
        <ul aria-label="Slice events">
          {events.map((event, index) => (
            <li key={index}>{event}</li>
          ))}
        </ul>
      </header>
      <main>
        <Routes>
          <Route path={`${target.route}/*`} element={<Slice {...props} />} />
          <Route path="*" element={<Navigate to={target.route} replace />} />
        </Routes>
      </main>
    </>
  );
}
