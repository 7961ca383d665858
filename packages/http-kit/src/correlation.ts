import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { correlationHeader } from '@tiffin/contracts';

/** Ids we accept from outside: short and plain, so a header can never forge or break a log line. */
const acceptableId = /^[\w.:-]{1,128}$/;

/** Fastify's genReqId: keep the caller's correlation id when it is sane, otherwise start a new one. */
export function correlationIdOf(request: IncomingMessage): string {
  const given = request.headers[correlationHeader];
  const value = Array.isArray(given) ? given[0] : given;
  return value && acceptableId.test(value) ? value : randomUUID();
}
