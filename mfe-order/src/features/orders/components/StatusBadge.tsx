import type { OrderStatus } from '@tiffin/contracts';
import { Badge } from '@tiffin/slice-kit';
import { orderStatusTone } from '../statusTone';

export function StatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={orderStatusTone[status]}>{status}</Badge>;
}
