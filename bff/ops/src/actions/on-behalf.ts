import type { FastifyRequest } from 'fastify';
import { identityHeader } from '@tiffin/contracts';
import type { CallOptions } from '@tiffin/http-kit';

/**
 * A call to a service's operator routes on behalf of the operator making this request: their
 * identity goes on exactly as the edge signed it, so the service checks the operator itself, and
 * the audit log names who acted. The BFF cannot make an operator out of anyone.
 */
export function onBehalf(request: FastifyRequest): CallOptions {
  const signed = request.headers[identityHeader];
  return { correlationId: request.id, headers: typeof signed === 'string' ? { [identityHeader]: signed } : {} };
}
