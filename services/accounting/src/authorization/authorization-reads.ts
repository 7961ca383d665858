import { eq } from 'drizzle-orm';
import type { CardAuthorization } from '@tiffin/contracts';
import { authorizations } from '../db/schema';
import type { AccountingDb } from '../context';

export async function findAuthorizationOfOrder(db: AccountingDb, orderId: string): Promise<CardAuthorization | undefined> {
  const [row] = await db.select().from(authorizations).where(eq(authorizations.orderId, orderId));
  return row && { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
