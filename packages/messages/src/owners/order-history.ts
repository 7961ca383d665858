import type { OwnerMessages } from '../owner-messages';

/** Order history, the CQRS view: it publishes nothing but replay requests, and follows every order event, the payment's among them. */
export const orderHistoryMessages = {
  owner: 'order-history',
  payloads: {},
  queues: {
    'order-history.events': [
      'OrderCreated',
      'OrderApproved',
      'OrderRejected',
      'OrderCancelled',
      'DeliveryScheduled',
      'TicketAccepted',
      'TicketPreparing',
      'TicketReady',
      'TicketDeclined',
      'CourierAssigned',
      'DeliveryPickedUp',
      'DeliveryDelivered',
      'PaymentReleased',
      'PaymentCaptured',
      'PaymentRefunded',
    ],
    'order-history.replay': ['ReplayedEvent', 'EventReplayFinished'],
  },
} as const satisfies OwnerMessages;
