/** The queue of one hop of a floor run; the queue after the last hop is where an order ends. */
export const floorQueue = (run: string, hop: number) => `tiffin-floor.${run}.hop-${hop}`;

/** A message about the size of the saga's commands: a few hundred bytes of JSON. */
export function floorMessage(orderId: string, hop: number) {
  return {
    id: crypto.randomUUID(),
    type: `Hop${hop}`,
    occurredAt: new Date().toISOString(),
    correlationId: orderId,
    payload: {
      orderId,
      restaurantId: crypto.randomUUID(),
      consumerId: crypto.randomUUID(),
      lines: [{ menuItemId: crypto.randomUUID(), quantity: 2, unitPriceCents: 1250 }],
      totalCents: 2500,
    },
  };
}
