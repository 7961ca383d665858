import type { CartStore } from '@tiffin/slice-contract';
import { paymentCardList, type PaymentCard } from '@tiffin/contracts';
import { answer, demoSession, renderSlice, type FakeRoute } from '@tiffin/slice-kit/testing';
import OrderSlice from '../../../Slice';

export const restaurant = { id: 'b686c77f-79ac-460e-94fb-2bb19b8ed16d', name: 'Bombay Tiffin House' };
export const dal = { menuItemId: '0b9f1f8e-8a57-4d4b-9a43-4f1c1a2b3c01', name: 'Dal Makhani', unitPriceCents: 1150 };
export const naan = { menuItemId: '0b9f1f8e-8a57-4d4b-9a43-4f1c1a2b3c02', name: 'Garlic Naan', unitPriceCents: 350 };
export const orderId = '5d1c0a2b-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
export const everydayVisa: PaymentCard = { id: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6', brand: 'Visa', last4: '4242', expiryMonth: 12, expiryYear: 2031, label: 'Everyday Visa', expired: false };

interface CheckoutOptions {
  cards?: PaymentCard[];
  /** The cart as the customer filled it: one Dal Makhani unless told. */
  fillCart?: (cart: CartStore) => void;
  /** How the BFF answers POST /orders. */
  placing: FakeRoute;
  account?: Parameters<typeof demoSession>[0];
}

/** The order slice's checkout at /orders/cart, over a fake order BFF that lists `cards` and answers placing. */
export function checkoutPage({ cards = [everydayVisa], fillCart = (cart) => cart.addItem(restaurant, dal, 1), placing, account = 'guest' }: CheckoutOptions) {
  return renderSlice(OrderSlice, {
    slice: 'order',
    path: 'cart',
    session: demoSession(account),
    fillCart,
    bff: { 'GET /payment-cards': answer(paymentCardList, cards), 'POST /orders': placing },
  });
}
