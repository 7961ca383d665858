import { randomUUID } from 'node:crypto';
import { createMessage, type Message } from '@tiffin/contracts';

/** A small, valid message from the contract catalogue. */
export function sampleMessage(): Message {
  return createMessage('OrderDetailsValidated', 'service-kit-test', { orderId: randomUUID() });
}
