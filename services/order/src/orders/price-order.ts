import { formatMoney, problemCodes, type CreateOrderRequest, type OrderLine, type PriceChange, type ProblemDetails } from '@tiffin/contracts';
import type { ReplicaMenu } from '../replica/replica-reads';

export type PricedOrder =
  | { ok: true; restaurantName: string; restaurantAddress: string; lines: OrderLine[]; totalCents: number }
  | { ok: false; status: 409 | 422; problem: string; details: ProblemDetails };

function refused(status: 409 | 422, problem: string, details: ProblemDetails): PricedOrder {
  return { ok: false, status, problem, details };
}

function describeChange(change: PriceChange): string {
  return change.available
    ? `${change.name} costs ${formatMoney(change.priceCents)} now, not ${formatMoney(change.seenPriceCents)}`
    : `${change.name} is sold out`;
}

/**
 * Checks an order against our menu replica only, and prices it from there: what the customer was
 * shown is what the saga asks the catalog to confirm. A line that carries the price the customer saw
 * must still cost that and be available, else nothing is placed and every such line is named (409
 * PRICE_CHANGED), so the customer confirms new prices before being charged them. Problems name the
 * field and the item for developers and carry a code for the slice's own words.
 */
export function priceOrder(menu: ReplicaMenu | undefined, request: CreateOrderRequest): PricedOrder {
  if (!menu) {
    return refused(422, `body.restaurantId: restaurant ${request.restaurantId} is not known`, {
      code: problemCodes.restaurantUnknown,
    });
  }
  const { restaurant, items } = menu;
  if (!restaurant.open) {
    return refused(422, `body.restaurantId: restaurant ${restaurant.name} (${restaurant.id}) is closed`, {
      code: problemCodes.restaurantClosed,
      subject: restaurant.name,
    });
  }
  const lines: OrderLine[] = [];
  const changedLines: PriceChange[] = [];
  for (const [index, line] of request.lines.entries()) {
    const field = `body.lines[${index}].menuItemId`;
    const item = items.get(line.menuItemId);
    if (!item) {
      return refused(422, `${field}: menu item ${line.menuItemId} is not on the menu of ${restaurant.name}`, {
        code: problemCodes.dishNotOnMenu,
        subject: restaurant.name,
      });
    }
    const seen = line.unitPriceCents;
    if (seen !== undefined && (seen !== item.priceCents || !item.available)) {
      changedLines.push({ menuItemId: item.id, name: item.name, seenPriceCents: seen, priceCents: item.priceCents, available: item.available });
    } else if (!item.available) {
      return refused(422, `${field}: ${item.name} (${item.id}) is not available`, { code: problemCodes.dishSoldOut, subject: item.name });
    }
    lines.push({ menuItemId: item.id, name: item.name, quantity: line.quantity, unitPriceCents: item.priceCents });
  }
  if (changedLines.length > 0) {
    return refused(409, `body.lines: the menu changed since these prices were seen: ${changedLines.map(describeChange).join('; ')}`, {
      code: problemCodes.priceChanged,
      changedLines,
    });
  }
  const totalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  return { ok: true, restaurantName: restaurant.name, restaurantAddress: restaurant.address, lines, totalCents };
}
