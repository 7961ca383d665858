import type { OrderStatus } from '@tiffin/contracts';
import { Badge } from '@tiffin/slice-kit';
import { orderHeadline } from '../orderStatusWords';
import { orderStatusTone } from '../statusTone';

export function StatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={orderStatusTone[status]}>{orderHeadline[status]}</Badge>;
}
