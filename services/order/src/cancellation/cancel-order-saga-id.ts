import { createHash } from 'node:crypto';

/**
 * The id of an order's cancel-order saga, derived from the order's (a name-based UUID, as RFC 9562
 * version 5): an order is cancelled at most once, and a reply that names only the order finds its saga
 * without a lookup. The create-order saga already has the order's own id.
 */
export function cancelOrderSagaId(orderId: string): string {
  const hash = createHash('sha1').update(`cancel-order:${orderId}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
