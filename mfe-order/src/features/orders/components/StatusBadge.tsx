import type { OrderStatus } from '@tiffin/contracts';

export function StatusBadge({ status }: { status: OrderStatus }) {
  return <span className={`ord-badge ord-status-${status.toLowerCase()}`}>{status}</span>;
}
