import { createMessage, type Message, type MessagePayload, type MessageType } from '@tiffin/messages';

/** A reply to send: its type, its payload (typed by the type), and whether the command succeeded. */
export type ReplyToSend = {
  [T in MessageType]: { outcome: 'success' | 'failure'; type: T; payload: MessagePayload<T> };
}[MessageType];

/**
 * What a participant's handler answers a command with, as FTGO's handlers return withSuccess(reply)
 * or withFailure(reply). The saga reads success or failure from the reply's type (see participant() in
 * saga-definition), so the outcome goes in the participant's log, not on the message.
 * `noReply()` is for a command that must go unanswered: the saga that sent it fails by its deadline.
 */
export type CommandReply = ReplyToSend | { outcome: 'none' };

export function withSuccess<T extends MessageType>(type: T, payload: MessagePayload<T>): CommandReply {
  return { outcome: 'success', type, payload } as ReplyToSend;
}

export function withFailure<T extends MessageType>(type: T, payload: MessagePayload<T>): CommandReply {
  return { outcome: 'failure', type, payload } as ReplyToSend;
}

export function noReply(): CommandReply {
  return { outcome: 'none' };
}

/**
 * The reply as a message: from the participant, carrying the command's correlation id so the
 * saga's whole exchange can be followed by one id. The payload is checked against the catalogue.
 */
export function replyMessage(reply: ReplyToSend, command: Message, source: string): Message {
  return createMessage(reply.type, source, reply.payload as never, command.correlationId) as Message;
}
