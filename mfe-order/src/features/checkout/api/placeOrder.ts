import { useMutation } from '@tanstack/react-query';
import { idempotencyHeader, orderAccepted, type OrderAccepted, type PlaceOrderRequest } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';
import { retryDelayMs, shouldRetryPlacing } from '../placeOrderOutcome';

export interface PlaceOrderInput {
  request: PlaceOrderRequest;
  /** Same key for every retry of one checkout attempt, so a retry never orders twice. */
  idempotencyKey: string;
}

/** POST /orders at the order BFF: the order exists as PENDING when this resolves. */
export function placeOrder(bff: BffClient, { request, idempotencyKey }: PlaceOrderInput): Promise<OrderAccepted> {
  return bff.post('/orders', request, orderAccepted, { [idempotencyHeader]: idempotencyKey });
}

export function placeOrderMutationOptions(bff: BffClient) {
  return {
    mutationKey: ['order', 'place'],
    mutationFn: (input: PlaceOrderInput) => placeOrder(bff, input),
    // Every retry carries the same idempotency key, so it can only find the order, never place a second.
    retry: shouldRetryPlacing,
    retryDelay: retryDelayMs,
  };
}

export function usePlaceOrder() {
  const { bff } = useSlice();
  return useMutation(placeOrderMutationOptions(bff));
}
