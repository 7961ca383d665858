import type { SagaCursor } from './saga-queries';

const createdAtPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque to callers: they pass back what the previous page gave them. */
export function encodeSagaCursor(cursor: SagaCursor): string {
  return Buffer.from(`${cursor.createdAt}|${cursor.id}`, 'utf8').toString('base64url');
}

/** Undefined for anything that is not a cursor this kit made. */
export function decodeSagaCursor(text: string): SagaCursor | undefined {
  const [createdAt, id, ...rest] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !createdAt || !id || !createdAtPattern.test(createdAt) || !uuidPattern.test(id)) return undefined;
  return { createdAt, id };
}
