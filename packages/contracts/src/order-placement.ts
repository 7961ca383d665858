import { z } from 'zod';

/** The steps of placing an order as the customer follows them (the create-order saga, in their words). */
export const placementStepKeys = ['account', 'restaurant', 'kitchen', 'card', 'confirmed'] as const;

/** `undone`: done, then given back when a later step failed (the ticket cancelled, the hold released). */
export const placementStepState = z.enum(['waiting', 'under way', 'done', 'failed', 'undone']);
export type PlacementStepState = z.infer<typeof placementStepState>;

export const placementStep = z.object({
  key: z.enum(placementStepKeys),
  /** What the step is, e.g. "Your account and card checked". */
  label: z.string(),
  state: placementStepState,
  /** When it reached its state; null while waiting. */
  at: z.iso.datetime().nullable(),
  /** Why it failed, or what was undone, as the customer reads it. */
  detail: z.string().nullable(),
});
export type PlacementStep = z.infer<typeof placementStep>;

/** order service: GET /orders/:orderId/placement; the order BFF's details carry it. */
export const orderPlacement = z.object({ steps: z.array(placementStep) });
export type OrderPlacement = z.infer<typeof orderPlacement>;
