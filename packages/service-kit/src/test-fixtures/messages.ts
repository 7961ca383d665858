import { randomUUID } from 'node:crypto';
import { createMessage, type Message } from '@tiffin/messages';

/** A small, valid message from the contract catalogue; about a new order unless told which. */
export function sampleMessage(orderId: string = randomUUID()): Message {
  return createMessage('OrderDetailsValidated', 'service-kit-test', { orderId });
}
