import { useMemo } from 'react';
import { Route, Routes } from 'react-router';
import type { SliceProps } from '@tiffin/contracts';
import { createBffClient } from './api/bffClient';
import { SliceContext } from './app/sliceContext';
import { NotFound } from './components/NotFound';
import { DeliveryListPage } from './features/deliveries/components/DeliveryListPage';
import { DeliveryPage } from './features/deliveries/components/DeliveryPage';
import './delivery.css';

/** The delivery slice as the shell mounts it at `/delivery/*`: the customer's deliveries, live. */
export default function DeliverySlice(props: SliceProps) {
  const { bffBase, session } = props;
  const bff = useMemo(() => createBffClient(bffBase, session), [bffBase, session]);
  const context = useMemo(() => ({ ...props, bff }), [props, bff]);

  return (
    <SliceContext.Provider value={context}>
      <div className="dlv-root">
        <Routes>
          <Route index element={<DeliveryListPage />} />
          <Route path=":deliveryId" element={<DeliveryPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </div>
    </SliceContext.Provider>
  );
}
