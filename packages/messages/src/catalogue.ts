import type { OwnerMessages } from './owner-messages';
import { accountingMessages } from './owners/accounting';
import { catalogMessages } from './owners/catalog';
import { consumerMessages } from './owners/consumer';
import { deliveryMessages } from './owners/delivery';
import { kitchenMessages } from './owners/kitchen';
import { orderMessages } from './owners/order';
import { orderHistoryMessages } from './owners/order-history';

/** Every service that says anything on the broker, each in its file under owners/. */
export const owners = [
  catalogMessages,
  consumerMessages,
  orderMessages,
  kitchenMessages,
  accountingMessages,
  deliveryMessages,
  orderHistoryMessages,
] as const satisfies readonly OwnerMessages[];

type Owner = (typeof owners)[number];
/** One object type with every owner's members: the owners' types, intersected. */
type Merged<U> = (U extends unknown ? (whole: U) => void : never) extends (whole: infer I) => void ? { [K in keyof I]: I[K] } : never;
type Part<K extends keyof OwnerMessages> = Merged<Owner extends infer O ? (O extends { [P in K]: infer V } ? V : never) : never>;

export type OwnedPayloads = Part<'payloads'>;
export type OwnedCommandReplies = Part<'commandReplies'>;
export type OwnedQueues = Part<'queues'>;
export type OwnedSagas = Part<'sagas'>;
export type OwnedEventLogs = { [O in Owner as O extends { eventLog: readonly string[] } ? O['owner'] : never]: O extends { eventLog: infer L } ? L : never };

/** The owners' `part`s in one object; a key that two owners declare is a mistake, named at start-up. */
export function merged<K extends Exclude<keyof OwnerMessages, 'owner' | 'eventLog'>>(part: K): Part<K> {
  const whole: Record<string, unknown> = {};
  for (const owner of owners) {
    for (const [key, value] of Object.entries(owner[part as keyof Owner] ?? {})) {
      if (Object.hasOwn(whole, key)) throw new Error(`${key} is declared twice in packages/messages/src/owners (${part}; again by ${owner.owner})`);
      whole[key] = value;
    }
  }
  return whole as Part<K>;
}

export function eventLogsOfOwners(): OwnedEventLogs {
  return Object.fromEntries(owners.flatMap((owner) => ('eventLog' in owner ? [[owner.owner, owner.eventLog]] : []))) as OwnedEventLogs;
}
