import type { OrderContext } from '../context';
import type { StuckRule } from './saga-views';

/** The stuck rule as of now, with the installation's TIFFIN_SAGA_STUCK_AFTER_SECONDS. */
export const stuckRuleNow = (context: OrderContext): StuckRule => ({ now: new Date(), stuckAfterMs: context.config.TIFFIN_SAGA_STUCK_AFTER_SECONDS * 1000 });
