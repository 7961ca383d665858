import type { ConsumerDb } from '../context';
import { consumers, paymentCards } from '../db/schema';
import { demoCustomers } from './demo-customers';

/**
 * Makes sure the demo customers and their cards exist. Fixed ids make it safe on every start and
 * for replicas starting together: a row that is there already is left as it is. Returns how many
 * customers it added.
 */
export async function seedDemoCustomers(db: ConsumerDb): Promise<number> {
  return db.transaction(async (tx) => {
    const added = await tx
      .insert(consumers)
      .values(demoCustomers.map(({ id, name, email }) => ({ id, name, email })))
      .onConflictDoNothing()
      .returning({ id: consumers.id });
    const cards = demoCustomers.flatMap((customer) =>
      customer.cards.map((card, position) => ({ ...card, consumerId: customer.id, position })),
    );
    await tx.insert(paymentCards).values(cards).onConflictDoNothing();
    return added.length;
  });
}
