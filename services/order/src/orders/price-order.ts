import type { CreateOrderRequest, OrderLine } from '@tiffin/contracts';
import type { ReplicaMenu } from '../replica/replica-reads';

export type PricedOrder =
  | { ok: true; restaurantName: string; restaurantAddress: string; lines: OrderLine[]; totalCents: number }
  | { ok: false; problem: string };

/**
 * Checks an order against our menu replica only, and prices it from there: what the customer was
 * shown is what the saga asks the catalog to confirm. Problems name the field and the item.
 */
export function priceOrder(menu: ReplicaMenu | undefined, request: CreateOrderRequest): PricedOrder {
  if (!menu) return { ok: false, problem: `body.restaurantId: restaurant ${request.restaurantId} is not known` };
  const { restaurant, items } = menu;
  if (!restaurant.open) {
    return { ok: false, problem: `body.restaurantId: restaurant ${restaurant.name} (${restaurant.id}) is closed` };
  }
  const lines: OrderLine[] = [];
  for (const [index, line] of request.lines.entries()) {
    const field = `body.lines[${index}].menuItemId`;
    const item = items.get(line.menuItemId);
    if (!item) {
      return { ok: false, problem: `${field}: menu item ${line.menuItemId} is not on the menu of ${restaurant.name}` };
    }
    if (!item.available) return { ok: false, problem: `${field}: ${item.name} (${item.id}) is not available` };
    lines.push({ menuItemId: item.id, name: item.name, quantity: line.quantity, unitPriceCents: item.priceCents });
  }
  const totalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  return { ok: true, restaurantName: restaurant.name, restaurantAddress: restaurant.address, lines, totalCents };
}
