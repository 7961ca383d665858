import { idempotencyHeader } from '@tiffin/contracts';

/** Headers of one operator action: a fresh key per press, so a press sent twice is done once. */
export const actionHeaders = (key: string): Record<string, string> => ({ [idempotencyHeader]: key });
export const newActionKey = (): string => crypto.randomUUID();
