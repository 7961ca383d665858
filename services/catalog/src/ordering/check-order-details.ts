import type { MenuItem } from '@tiffin/contracts';
import type { MessagePayload } from '@tiffin/messages';

export type OrderDetailsVerdict = { ok: true } | { ok: false; reason: string };

interface RestaurantNow {
  name: string;
  open: boolean;
  menu: Pick<MenuItem, 'id' | 'name' | 'priceCents' | 'available'>[];
}

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/**
 * Can the restaurant take these lines right now, at these prices? The reason is shown to the
 * customer as is, so it speaks of dishes by name and never of ids.
 */
export function checkOrderDetails(
  restaurant: RestaurantNow | undefined,
  lines: MessagePayload<'ValidateOrderDetails'>['lines'],
): OrderDetailsVerdict {
  if (!restaurant) return { ok: false, reason: 'This restaurant is no longer on Tiffin' };
  if (!restaurant.open) return { ok: false, reason: `${restaurant.name} is closed right now` };
  const menu = new Map(restaurant.menu.map((item) => [item.id, item]));
  for (const line of lines) {
    const item = menu.get(line.menuItemId);
    if (!item) return { ok: false, reason: `An item in your order is no longer on ${restaurant.name}'s menu` };
    if (!item.available) return { ok: false, reason: `${item.name} is no longer available` };
    if (item.priceCents !== line.unitPriceCents) {
      return { ok: false, reason: `The price of ${item.name} has changed to ${dollars.format(item.priceCents / 100)}` };
    }
  }
  return { ok: true };
}
