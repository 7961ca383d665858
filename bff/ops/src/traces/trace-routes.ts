import type { FastifyRequest } from 'fastify';
import { problem } from '@tiffin/contracts';
import { composedTrace, type ComposedTrace } from '@tiffin/contracts/ops-telemetry';
import { partTrace, traceParams } from '@tiffin/contracts/traces';
import type { HttpApp } from '@tiffin/http-kit';
import { onBehalf } from '../actions/on-behalf';
import type { ObservedPart } from '../observed-parts';
import { readPart } from '../read-part';
import { composeTrace, type PartAnswer } from './compose-trace';

/** A part slower than this is left out of the trace, named, rather than holding the page up. */
const partTimeoutMs = 1_500;

async function askPart(part: ObservedPart, traceId: string, request: FastifyRequest): Promise<PartAnswer> {
  const reading = await readPart(`${part.url}/admin/traces/${traceId}`, onBehalf(request).headers ?? {}, partTimeoutMs);
  if (!reading.reached) return { part: part.name, spans: [], problem: `did not answer: ${reading.problem}` };
  if (reading.status !== 200) return { part: part.name, spans: [], problem: `answered ${reading.status}` };
  const answered = partTrace.safeParse(jsonOf(reading.text));
  return answered.success ? { part: part.name, spans: answered.data.spans, problem: null } : { part: part.name, spans: [], problem: 'answered outside the trace contract' };
}

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * GET /traces/:traceId: the trace as one waterfall, composed from the spans every part still holds
 * in memory (each asked on the operator's behalf, in parallel). Parts that did not answer are named.
 */
export function traceRoutes(parts: readonly ObservedPart[]) {
  return (app: HttpApp): void => {
    app.get('/traces/:traceId', { schema: { params: traceParams, response: { 200: composedTrace, 400: problem } } }, async (request): Promise<ComposedTrace> => {
      const answers = await Promise.all(parts.map((part) => askPart(part, request.params.traceId, request)));
      return composeTrace(request.params.traceId, answers);
    });
  };
}
