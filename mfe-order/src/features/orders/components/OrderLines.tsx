import type { MenuItem, Order } from '@tiffin/contracts';
import { formatMoney } from '@tiffin/slice-kit';

/** The order's lines; with the restaurant's `dishes` (when the catalog answered), each with its description. */
export function OrderLines({ order, dishes = [] }: { order: Order; dishes?: MenuItem[] }) {
  const descriptionOf = new Map(dishes.map((dish) => [dish.id, dish.description]));
  return (
    <table className="ord-lines">
      <caption className="ord-visually-hidden">Items in this order</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col" className="ord-number">
            Quantity
          </th>
          <th scope="col" className="ord-number">
            Price
          </th>
        </tr>
      </thead>
      <tbody>
        {order.lines.map((line) => (
          <tr key={line.menuItemId}>
            <td>
              {line.name}
              {descriptionOf.get(line.menuItemId) && <span className="ord-dish-description">{descriptionOf.get(line.menuItemId)}</span>}
            </td>
            <td className="ord-number">{line.quantity}</td>
            <td className="ord-number">{formatMoney(line.quantity * line.unitPriceCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Total
          </th>
          <td className="ord-number">{formatMoney(order.totalCents)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
