import type { MessageType } from './messages';

/**
 * Every durable consumer in Tiffin (one queue each) and the message types bound to it. Each service
 * declares all of them before its outbox relay publishes anything, so a message never goes out before
 * the queues that must receive it exist, whichever service starts first, in one process or many.
 */
export const consumerQueueTypes = {
  'catalog.validate-order': ['ValidateOrderDetails'],
  'consumer.validate-consumer': ['ValidateConsumer'],
  'kitchen.tickets': ['CreateTicket', 'ConfirmTicket', 'CancelTicket'],
  'accounting.card-authorizations': ['AuthorizeCard', 'ReverseAuthorization'],
  'delivery.on-order-approved': ['OrderApproved'],
  'delivery.cancel-delivery': ['CancelDelivery'],
  'order.menu-replica': ['RestaurantMenuPublished'],
  'order.create-order-saga': [
    'ConsumerValidated',
    'ConsumerRejected',
    'OrderDetailsValidated',
    'OrderDetailsRejected',
    'TicketCreated',
    'TicketRejected',
    'CardAuthorized',
    'CardDeclined',
    'TicketConfirmed',
  ],
  'order.cancel-order-saga': ['DeliveryCancelled', 'DeliveryCancelRefused', 'TicketCancelled', 'AuthorizationReversed'],
  // The order follows the kitchen and the courier after approval (choreography).
  'order.order-progress': ['TicketAccepted', 'TicketPreparing', 'TicketReady', 'TicketDeclined', 'DeliveryPickedUp', 'DeliveryDelivered'],
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
  ],
  'order-history.replay': ['ReplayedEvent', 'EventReplayFinished'],
  // One per owner of an event log (eventLogs), named `<owner>.replay-events` by the service kit.
  'order.replay-events': ['ReplayEvents'],
  'delivery.replay-events': ['ReplayEvents'],
  'kitchen.replay-events': ['ReplayEvents'],
} as const satisfies Record<string, readonly MessageType[]>;

export type ConsumerName = keyof typeof consumerQueueTypes;

export interface QueueDeclaration {
  consumer: string;
  types: readonly MessageType[];
}

export const consumerQueueDeclarations: readonly QueueDeclaration[] = Object.entries(consumerQueueTypes).map(
  ([consumer, types]) => ({ consumer, types }),
);
