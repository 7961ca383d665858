import { z } from 'zod';

/** ops BFF: GET /overview, what the ops slice shows first. */
export const opsOverview = z.object({ service: z.string(), checkedAt: z.iso.datetime() });
export type OpsOverview = z.infer<typeof opsOverview>;
