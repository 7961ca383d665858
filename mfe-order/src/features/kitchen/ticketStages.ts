import type { KitchenTicket } from '@tiffin/contracts';
import type { TicketStep } from './api/moveTicket';

interface Stage {
  /** Heading of the column of tickets at this stage. */
  heading: string;
  /** What the cook does next, if anything: the step and the button's words. */
  next?: { step: TicketStep; label: string };
}

/** The kitchen's stages in the order a ticket goes through them, in the cook's words. */
export const ticketStages: Record<KitchenTicket['status'], Stage> = {
  AWAITING_ACCEPTANCE: { heading: 'New orders', next: { step: 'accept', label: 'Accept' } },
  ACCEPTED: { heading: 'Accepted', next: { step: 'preparing', label: 'Start preparing' } },
  PREPARING: { heading: 'Preparing', next: { step: 'ready', label: 'Mark ready' } },
  READY_FOR_PICKUP: { heading: 'Ready for pickup' },
};

export const stageOrder = Object.keys(ticketStages) as KitchenTicket['status'][];
