import {
  cardAuthorization,
  delivery,
  deliveryList,
  guestCustomer,
  order,
  orderAccepted,
  ticketList,
  type CardAuthorization,
  type CreateOrderRequest,
  type Delivery,
  type Order,
  type OrderStatus,
  type Ticket,
} from '@tiffin/contracts';
import { seedRestaurants, type SeedMenuItem, type SeedRestaurant } from '@tiffin/catalog-service';
import { eventually } from '@tiffin/service-kit/testing';
import type { ServiceName } from '@tiffin/topology';

export const bombay: SeedRestaurant = seedRestaurants.find((r) => r.name === 'Bombay Tiffin House')!;
export const dish = (name: string): SeedMenuItem => bombay.menu.find((item) => item.name === name)!;

export async function call<T>(url: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as T };
}

/** An order from the seeded guest, paid with the card of theirs that is authorised, unless told. */
export function guestOrder(lines: CreateOrderRequest['lines'], overrides: Partial<CreateOrderRequest> = {}): CreateOrderRequest {
  return {
    consumerId: guestCustomer.consumerId,
    restaurantId: bombay.id,
    deliveryAddress: '77 Hudson St, Jersey City, NJ 07302',
    cardId: guestCustomer.cards.everyday,
    lines,
    ...overrides,
  };
}

/** What a test reads of the running services, over HTTP as a caller would. */
export function tiffinCalls(urlOf: (service: ServiceName) => string) {
  const url = (service: ServiceName, path: string) => `${urlOf(service)}${path}`;

  /**
   * Retries with the same key until the order service's menu replica has caught up with the
   * catalog's first publication; the key makes the retries one order.
   */
  async function placeOrder(request: CreateOrderRequest): Promise<string> {
    const idempotencyKey = crypto.randomUUID();
    const accepted = await eventually('the order to be accepted', async () => {
      const answer = await call<unknown>(url('order', '/orders'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(request),
      });
      return answer.status === 422 ? undefined : answer;
    });
    if (accepted.status !== 202) throw new Error(`POST /orders answered ${accepted.status}: ${JSON.stringify(accepted.body)}`);
    const { orderId, status } = orderAccepted.parse(accepted.body);
    if (status !== 'PENDING') throw new Error(`a new order should be PENDING, was ${status}`);
    return orderId;
  }

  async function orderNow(orderId: string): Promise<Order> {
    return order.parse((await call<unknown>(url('order', `/orders/${orderId}`))).body);
  }

  async function orderWhen(orderId: string, status: OrderStatus, timeoutMs?: number): Promise<Order> {
    return eventually(
      `order ${orderId} to be ${status}`,
      async () => {
        const current = await orderNow(orderId);
        return current.status === status ? current : undefined;
      },
      timeoutMs,
    );
  }

  async function ticketsOf(orderId: string): Promise<Ticket[]> {
    return ticketList.parse((await call<unknown>(url('kitchen', `/tickets?orderId=${orderId}`))).body);
  }

  async function ticketWhen(orderId: string, status: Ticket['status']): Promise<Ticket> {
    return eventually(`the ticket of order ${orderId} to be ${status}`, async () => {
      const [ticket] = await ticketsOf(orderId);
      return ticket?.status === status ? ticket : undefined;
    });
  }

  async function authorizationOf(orderId: string): Promise<CardAuthorization | undefined> {
    const { status, body } = await call<unknown>(url('accounting', `/orders/${orderId}/authorization`));
    return status === 404 ? undefined : cardAuthorization.parse(body);
  }

  async function deliveriesOf(orderId: string): Promise<unknown[]> {
    return (await call<unknown[]>(url('delivery', `/deliveries?orderId=${orderId}`))).body;
  }

  async function deliveryWhen(orderId: string, status: Delivery['status']): Promise<Delivery> {
    return eventually(`the delivery of order ${orderId} to be ${status}`, async () => {
      const [found] = deliveryList.parse(await deliveriesOf(orderId));
      return found?.status === status ? delivery.parse(found) : undefined;
    });
  }

  /** The customer asks the order service to cancel: 202 while it runs, 409 with why when it cannot. */
  async function cancelOrder(orderId: string): Promise<{ status: number; body: { message?: string; status?: string } }> {
    return call(url('order', `/orders/${orderId}/cancel`), { method: 'POST' });
  }

  /** A kitchen staff command on the order's ticket, or a courier's on its delivery, over HTTP. */
  async function staff(ticketId: string, action: 'accept' | 'preparing' | 'ready'): Promise<number> {
    return (await call<unknown>(url('kitchen', `/tickets/${ticketId}/${action}`), { method: 'POST' })).status;
  }
  async function courier(deliveryId: string, action: 'take' | 'pick-up' | 'deliver', courierId: string): Promise<number> {
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ courierId }) };
    return (await call<unknown>(url('delivery', `/deliveries/${deliveryId}/${action}`), init)).status;
  }

  return { url, placeOrder, orderNow, orderWhen, ticketsOf, ticketWhen, authorizationOf, deliveriesOf, deliveryWhen, cancelOrder, staff, courier };
}
