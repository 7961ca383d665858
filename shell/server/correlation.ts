import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { correlationHeader } from '@tiffin/contracts';

/** Ids we accept from the browser: short and plain, so a header can never forge or break a log line. */
const acceptableId = /^[\w.:-]{1,128}$/;

/** The edge starts the correlation id that the BFFs and services then carry along. */
export function correlationIdOf(request: IncomingMessage): string {
  const given = request.headers[correlationHeader];
  const value = Array.isArray(given) ? given[0] : given;
  return value && acceptableId.test(value) ? value : randomUUID();
}
