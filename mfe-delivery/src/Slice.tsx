import { Route, Routes } from 'react-router';
import type { SliceProps } from '@tiffin/slice-contract';
import { SliceProvider } from '@tiffin/slice-kit';
import { DeliveryNotFound } from './components/DeliveryNotFound';
import { CourierRoutes } from './features/courier/components/CourierRoutes';
import { isCourier } from './features/courier/isCourier';
import { DeliveryListPage } from './features/deliveries/components/DeliveryListPage';
import { DeliveryPage } from './features/deliveries/components/DeliveryPage';
// The kit's rules sit in a cascade layer, so this slice's own rules win where both apply.
import '@tiffin/slice-kit/styles.css';
import './delivery.css';

/**
 * The delivery slice as the shell mounts it at `/delivery/*`: the customer's deliveries, live; for a
 * signed-in courier, the deliveries on offer and their own.
 */
export default function DeliverySlice(props: SliceProps) {
  return (
    <SliceProvider slice={props}>
      {isCourier(props.session) ? (
        <CourierRoutes />
      ) : (
        <Routes>
          <Route index element={<DeliveryListPage />} />
          <Route path=":deliveryId" element={<DeliveryPage />} />
          <Route path="*" element={<DeliveryNotFound />} />
        </Routes>
      )}
    </SliceProvider>
  );
}
