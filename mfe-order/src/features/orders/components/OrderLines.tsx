import type { Order } from '@tiffin/contracts';
import { formatMoney } from '@tiffin/slice-kit';

export function OrderLines({ order }: { order: Order }) {
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
            <td>{line.name}</td>
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
