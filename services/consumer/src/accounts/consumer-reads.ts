import { asc, eq } from 'drizzle-orm';
import type { ConsumerAccount } from '@tiffin/contracts';
import { consumers, paymentCards } from '../db/schema';
import type { ConsumerDb, ConsumerTx } from '../context';
import { isCardExpired } from './card-expiry';

export type CardRow = typeof paymentCards.$inferSelect;

/** A customer and their cards as the customer may see them (no tokens; whether each is expired `today`), or undefined. */
export async function findConsumerAccount(db: ConsumerDb, consumerId: string, today: Date): Promise<ConsumerAccount | undefined> {
  const [consumer] = await db.select().from(consumers).where(eq(consumers.id, consumerId));
  if (!consumer) return undefined;
  const cards = await db.select().from(paymentCards).where(eq(paymentCards.consumerId, consumerId)).orderBy(asc(paymentCards.position));
  return {
    ...consumer,
    cards: cards.map(({ id, brand, last4, expiryMonth, expiryYear, label }) => ({
      id,
      brand,
      last4,
      expiryMonth,
      expiryYear,
      label,
      expired: isCardExpired({ expiryMonth, expiryYear }, today),
    })),
  };
}

/** What validating an order needs: does the customer exist, and the card they chose, whoever's it is. */
export async function findConsumerAndCard(
  tx: ConsumerDb | ConsumerTx,
  consumerId: string,
  cardId: string,
): Promise<{ consumerExists: boolean; card: CardRow | undefined }> {
  const [consumer] = await tx.select({ id: consumers.id }).from(consumers).where(eq(consumers.id, consumerId));
  const [card] = await tx.select().from(paymentCards).where(eq(paymentCards.id, cardId));
  return { consumerExists: consumer !== undefined, card };
}
