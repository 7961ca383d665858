/**
 * Changes of deliveries' tracking, told to this process's tracking streams right after the commit
 * that made them. A stream reads what changed from the database, so a telling says only which
 * delivery; what another instance commits is read back once a second (see tracking-stream.ts).
 */
export interface TrackingFeed {
  changed(deliveryId: string): void;
  listen(deliveryId: string, listener: () => void): () => void;
}

export function createTrackingFeed(): TrackingFeed {
  const listeners = new Map<string, Set<() => void>>();
  return {
    changed(deliveryId) {
      for (const listener of listeners.get(deliveryId) ?? []) listener();
    },
    listen(deliveryId, listener) {
      const ofDelivery = listeners.get(deliveryId) ?? new Set();
      ofDelivery.add(listener);
      listeners.set(deliveryId, ofDelivery);
      return () => {
        ofDelivery.delete(listener);
        if (ofDelivery.size === 0) listeners.delete(deliveryId);
      };
    },
  };
}
