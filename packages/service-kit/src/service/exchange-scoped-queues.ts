import type { Broker, Subscription } from '@tiffin/broker';
import type { MessageType } from '@tiffin/contracts';

/**
 * RabbitMQ names a consumer's queues after the consumer, and queues belong to the server, not to an
 * exchange: two installations on one RabbitMQ with different exchanges would share, and drain, each
 * other's queues. Putting the exchange before every consumer name keeps each installation's apart.
 */
export function scopeQueuesToExchange(broker: Broker, exchange: string): Broker {
  return {
    publish: (message) => broker.publish(message),
    subscribe<T extends MessageType>(subscription: Subscription<T>) {
      return broker.subscribe({ ...subscription, consumer: `${exchange}.${subscription.consumer}` });
    },
    close: () => broker.close(),
  };
}
