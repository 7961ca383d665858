import type { MessageProperties, Options } from 'amqplib';

/**
 * The publish options of a copy of a delivered message (to a retry or dead-letter queue, or back to
 * the work queue on replay): the same identity and metadata, persistent, with `headers` as given.
 */
export function propertiesOfCopy(properties: MessageProperties, headers: Record<string, unknown>): Options.Publish {
  return {
    persistent: true,
    contentType: properties.contentType,
    messageId: properties.messageId,
    type: properties.type,
    correlationId: properties.correlationId,
    appId: properties.appId,
    timestamp: properties.timestamp,
    headers,
  };
}
