import { Route, Routes } from 'react-router';
import { DeliveryNotFound } from '../../../components/DeliveryNotFound';
import { CourierBoard } from './CourierBoard';

/** What the delivery slice shows a signed-in courier: their board, and nothing of customers' pages. */
export function CourierRoutes() {
  return (
    <Routes>
      <Route index element={<CourierBoard />} />
      <Route path="*" element={<DeliveryNotFound />} />
    </Routes>
  );
}
