import { eq } from 'drizzle-orm';
import type { CardAuthorization } from '@tiffin/contracts';
import { authorizations } from '../db/schema';
import type { AccountingDb } from '../context';

export type AuthorizationRow = typeof authorizations.$inferSelect;

/** A row as the API answers it. */
export function toCardAuthorization(row: AuthorizationRow): CardAuthorization {
  return {
    ...row,
    capturedAt: row.capturedAt?.toISOString() ?? null,
    refundedAt: row.refundedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function findAuthorizationOfOrder(db: AccountingDb, orderId: string): Promise<CardAuthorization | undefined> {
  const [row] = await db.select().from(authorizations).where(eq(authorizations.orderId, orderId));
  return row && toCardAuthorization(row);
}
