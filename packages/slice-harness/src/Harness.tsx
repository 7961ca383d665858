import { useMemo, useState, useSyncExternalStore } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import { guestCustomer, type Session, type SliceComponent, type SliceProps } from '@tiffin/contracts';
import { createHarnessCart } from './harnessCart';
import { createHarnessEvents } from './harnessEvents';
import type { HarnessTarget } from './harnessTarget';


/** The shell's guest, so BFF calls carry a customer the consumer service knows, as they do under the shell. */
const harnessSession: Session = { consumerId: guestCustomer.consumerId, displayName: 'Harness guest' };

/**
 * Mounts one slice the way the shell does, under its route with the whole SliceProps contract, and
 * shows what the shell would otherwise handle: the cart and the events the slice emits.
 */
export function Harness({ target, Slice }: { target: HarnessTarget; Slice: SliceComponent }) {
  const navigate = useNavigate();
  const [events, setEvents] = useState<string[]>([]);
  const cart = useMemo(() => createHarnessCart(), []);
  const bus = useMemo(
    () => createHarnessEvents((type, payload) => setEvents((seen) => [...seen.slice(-9), `${type} ${JSON.stringify(payload)}`])),
    [],
  );
  const cartNow = useSyncExternalStore(cart.subscribe, cart.getSnapshot);
  const props: SliceProps = {
    basename: target.route,
    bffBase: target.bffBase,
    session: harnessSession,
    navigate: (to) => void navigate(to),
    events: bus,
    cart,
  };
  return (
    <>
      <header aria-label="Slice harness">
        <strong>{target.name} slice, standalone</strong> · cart: {cartNow.lines.reduce((n, l) => n + l.quantity, 0)} item(s)
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
