import type { CreateOrderRequest } from '@tiffin/contracts';
import type { OrderUnderTest } from './order-under-test';
import type { PublishedMenu } from './menus';

/** Two Paneer Tikka and a Garlic Naan from `menu`, for a new customer unless one is given. */
export function anOrderFrom(menu: PublishedMenu, overrides: Partial<CreateOrderRequest> = {}): CreateOrderRequest {
  return {
    consumerId: crypto.randomUUID(),
    restaurantId: menu.restaurantId,
    deliveryAddress: '77 Hudson St, Jersey City, NJ 07302',
    cardId: crypto.randomUUID(),
    lines: [
      { menuItemId: menu.menu[0]!.id, quantity: 2 },
      { menuItemId: menu.menu[1]!.id, quantity: 1 },
    ],
    ...overrides,
  };
}

/** `idempotencyKey: null` sends no key at all. */
export function postOrder(order: OrderUnderTest, body: unknown, idempotencyKey: string | null = crypto.randomUUID()) {
  return order.service.app.inject({
    method: 'POST',
    url: '/orders',
    headers: idempotencyKey === null ? {} : { 'idempotency-key': idempotencyKey },
    payload: body as object,
  });
}
