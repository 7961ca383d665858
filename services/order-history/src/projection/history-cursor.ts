import { BadRequestError } from '@tiffin/http-kit';
import { z } from 'zod';

/** Where a page ended: the last order's placing time and id, the list's sort key. */
export interface HistoryPosition {
  placedAt: Date;
  orderId: string;
}

const position = z.tuple([z.iso.datetime(), z.uuid()]);

export function encodeCursor({ placedAt, orderId }: HistoryPosition): string {
  return Buffer.from(JSON.stringify([placedAt.toISOString(), orderId])).toString('base64url');
}

/** A cursor this service did not hand out (edited, truncated, from elsewhere) is the caller's mistake. */
export function decodeCursor(cursor: string): HistoryPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const parsed = position.safeParse(decoded);
  if (!parsed.success) throw new BadRequestError('querystring.cursor is not a cursor this service gave out: pass nextCursor of the previous page unchanged');
  return { placedAt: new Date(parsed.data[0]), orderId: parsed.data[1] };
}
