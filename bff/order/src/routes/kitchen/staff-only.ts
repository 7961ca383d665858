import { requireRole } from '@tiffin/http-kit';
import type { FastifyRequest } from 'fastify';

/** An onRequest hook: before validation, so anyone but staff learns only that this is not for them. */
export async function staffOnly(request: FastifyRequest): Promise<void> {
  requireRole(request, 'staff');
}
