import { Navigate, Route, Routes } from 'react-router';
import type { SliceProps } from '@tiffin/slice-contract';
import { SliceProvider } from '@tiffin/slice-kit';
import { OrderNotFound } from './components/OrderNotFound';
import { CheckoutPage } from './features/checkout/components/CheckoutPage';
import { KitchenPage } from './features/kitchen/components/KitchenPage';
import { OrderHistoryPage } from './features/orders/components/OrderHistoryPage';
import { OrderPage } from './features/orders/components/OrderPage';
// The kit's rules sit in a cascade layer, so this slice's own rules win where both apply.
import '@tiffin/slice-kit/styles.css';
import './order.css';

/**
 * The order slice as the shell mounts it at `/orders/*`: cart and checkout, live order status, history;
 * and the restaurant staff's kitchen at `kitchen`: a ticket is the kitchen's view of an order.
 */
export default function OrderSlice(props: SliceProps) {
  // Staff order nothing themselves: their orders are their restaurant's, in the kitchen.
  const isStaff = props.session.identity.role === 'staff';
  return (
    <SliceProvider slice={props}>
      <Routes>
        <Route index element={isStaff ? <Navigate to="kitchen" replace /> : <OrderHistoryPage />} />
        <Route path="cart" element={<CheckoutPage />} />
        {isStaff && <Route path="kitchen" element={<KitchenPage />} />}
        <Route path=":orderId" element={<OrderPage />} />
        <Route path="*" element={<OrderNotFound />} />
      </Routes>
    </SliceProvider>
  );
}
