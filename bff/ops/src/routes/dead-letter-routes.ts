import type { z } from 'zod';
import { deadLetterDetail, deadLetterReplayed, problem, serviceDeadLetters } from '@tiffin/contracts';
import { auditEntry } from '@tiffin/contracts/audit';
import {
  discardDeadLettersRequest,
  opsDeadLetterParams,
  opsDeadLetterQuery,
  opsDeadLetters,
  replayDeadLettersRequest,
  type DeadLetterRef,
  type OpsDeadLetters,
} from '@tiffin/contracts/ops-bff';
import { ProblemError, type HttpApp, type ServiceClient, type ServiceClients } from '@tiffin/http-kit';
import { serviceNames, type ServiceName } from '@tiffin/topology';
import type { FastifyRequest } from 'fastify';
import { actionHeaders, audited } from '../actions/audited';
import { onBehalf } from '../actions/on-behalf';

const actionAnswers = { 200: auditEntry, 400: problem, 404: problem };

/** A service of the topology, or a 400 naming what was asked for. */
function serviceOf(name: string): ServiceName {
  if (!(serviceNames as string[]).includes(name)) throw new ProblemError(400, `there is no ${name} service (services: ${serviceNames.join(', ')})`);
  return name as ServiceName;
}

const path = (letter: DeadLetterRef) => `/admin/dead-letters/${encodeURIComponent(letter.consumer)}/${encodeURIComponent(letter.id)}`;
const described = (letters: readonly DeadLetterRef[]) =>
  letters.length === 1 ? `dead letter ${letters[0]!.id} of ${letters[0]!.consumer}` : `${letters.length} dead letters of ${[...new Set(letters.map((l) => l.consumer))].join(', ')}`;

/** Dead letters of every service in one list, inspected, replayed or discarded a selection at a time. */
export function deadLetterRoutes(app: HttpApp, _own: ServiceClient, services: ServiceClients): void {
  const audit = services.of('audit');

  async function listAll(request: FastifyRequest, query: z.infer<typeof opsDeadLetterQuery>): Promise<OpsDeadLetters> {
    const asked = query.service ? [serviceOf(query.service)] : serviceNames;
    const answers = await Promise.allSettled(asked.map((service) => services.of(service).get('/admin/dead-letters', serviceDeadLetters, onBehalf(request))));
    const result: OpsDeadLetters = { letters: [], counts: [], unreachable: [] };
    const error = query.error?.toLowerCase();
    answers.forEach((answer, index) => {
      const service = asked[index]!;
      if (answer.status === 'rejected') return void result.unreachable.push({ service, message: (answer.reason as Error).message });
      for (const { consumer, count, letters } of answer.value.consumers) {
        if (query.consumer && consumer !== query.consumer) continue;
        result.counts.push({ service, consumer, count });
        for (const letter of letters) {
          if (query.type && letter.type !== query.type) continue;
          if (error && !letter.error.toLowerCase().includes(error)) continue;
          result.letters.push({ ...letter, service, consumer });
        }
      }
    });
    result.letters.sort((a, b) => a.deadAt.localeCompare(b.deadAt));
    return result;
  }

  /** Replays or discards each letter, counting those its service no longer had. */
  async function eachLetter(letters: readonly DeadLetterRef[], act: (client: ServiceClient, letter: DeadLetterRef) => Promise<unknown>) {
    let gone = 0;
    for (const letter of letters) {
      const client = services.of(serviceOf(letter.service));
      await act(client, letter).catch((error: unknown) => {
        if (error instanceof ProblemError && error.statusCode === 404) gone++;
        else throw error;
      });
    }
    return gone === 0 ? `${letters.length} of ${letters.length}` : `${letters.length - gone} of ${letters.length} (${gone} no longer there)`;
  }

  app.get('/dead-letters', { schema: { querystring: opsDeadLetterQuery, response: { 200: opsDeadLetters, 400: problem } } }, (request) =>
    listAll(request, request.query),
  );

  app.get('/dead-letters/:service/:consumer/:id', { schema: { params: opsDeadLetterParams, response: { 200: deadLetterDetail, 400: problem, 404: problem } } }, (request) =>
    services.of(serviceOf(request.params.service)).get(path(request.params), deadLetterDetail, onBehalf(request)),
  );

  app.post('/dead-letters/replay', { schema: { headers: actionHeaders, body: replayDeadLettersRequest, response: actionAnswers } }, (request) =>
    audited(request, audit, {
      action: 'replay-dead-letters',
      target: described(request.body.letters),
      run: async () => `replayed ${await eachLetter(request.body.letters, (client, letter) => client.post(`${path(letter)}/replay`, {}, deadLetterReplayed, onBehalf(request)))}`,
    }),
  );

  app.post('/dead-letters/discard', { schema: { headers: actionHeaders, body: discardDeadLettersRequest, response: actionAnswers } }, (request) =>
    audited(request, audit, {
      action: 'discard-dead-letters',
      target: described(request.body.letters),
      detail: request.body.reason,
      run: async () => `discarded ${await eachLetter(request.body.letters, (client, letter) => client.delete(path(letter), onBehalf(request)))}`,
    }),
  );
}
