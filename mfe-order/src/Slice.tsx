import { useMemo } from 'react';
import { Route, Routes } from 'react-router';
import type { SliceProps } from '@tiffin/contracts';
import { createBffClient } from './api/bffClient';
import { SliceContext } from './app/sliceContext';
import { NotFound } from './components/NotFound';
import { CheckoutPage } from './features/checkout/components/CheckoutPage';
import { OrderHistoryPage } from './features/orders/components/OrderHistoryPage';
import { OrderPage } from './features/orders/components/OrderPage';
import './order.css';

/** The order slice as the shell mounts it at `/orders/*`: cart and checkout, live order status, history. */
export default function OrderSlice(props: SliceProps) {
  const { bffBase, session } = props;
  const bff = useMemo(() => createBffClient(bffBase, session), [bffBase, session]);
  const context = useMemo(() => ({ ...props, bff }), [props, bff]);

  return (
    <SliceContext.Provider value={context}>
      <div className="ord-root">
        <Routes>
          <Route index element={<OrderHistoryPage />} />
          <Route path="cart" element={<CheckoutPage />} />
          <Route path=":orderId" element={<OrderPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </div>
    </SliceContext.Provider>
  );
}
