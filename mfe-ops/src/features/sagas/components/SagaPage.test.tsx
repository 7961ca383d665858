// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { sagaDetail, sagaList } from '@tiffin/contracts';
import { auditEntry } from '@tiffin/contracts/audit';
import { answer, demoSession, refusal, renderSlice } from '@tiffin/slice-kit/testing';
import OpsSlice from '../../../Slice';

const sagaId = '5d1c0a2b-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const at = '2026-12-01T09:00:00.000Z';
const summary = {
  id: sagaId,
  type: 'create-order',
  state: 'running',
  step: 'validate the consumer and the order details',
  awaiting: ['consumer'],
  failureReason: null,
  deadlineAt: '2026-12-01T09:01:00.000Z',
  createdAt: at,
  updatedAt: at,
  durationMs: null,
  consumerId: '0f6b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
  restaurantId: 'b686c77f-79ac-460e-94fb-2bb19b8ed16d',
  stuck: { reason: 'no progress for 20 s', since: '2026-12-01T09:00:15.000Z' },
} satisfies z.input<typeof sagaList>['sagas'][number];
const step = { startedAt: at, endedAt: null, durationMs: null, error: null, compensatedAt: null, ignoredReplies: [] };
const detail = answer(sagaDetail, {
  ...summary,
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
  data: {},
  steps: [
    { index: 0, name: 'reject the order if anything fails', state: 'done', ...step, endedAt: at, durationMs: 0, participants: [] },
    {
      index: 1,
      name: 'validate the consumer and the order details',
      state: 'under way',
      ...step,
      participants: [
        { name: 'consumer', command: 'ValidateConsumer', commandMessageId: 'msg-validate-consumer', sentAt: at, resentAt: null, reply: null, replyMessageId: null, repliedAt: null, waitedMs: null },
        { name: 'catalog', command: 'ValidateOrderDetails', commandMessageId: 'msg-validate-details', sentAt: at, resentAt: null, reply: 'OrderDetailsValidated', replyMessageId: 'msg-details-validated', repliedAt: at, waitedMs: 41 },
      ],
    },
  ],
  compensations: [],
  errors: [],
  history: [],
});
const done = (action: 'retry-saga' | 'abandon-saga', outcomeDetail: string) =>
  answer(auditEntry, {
    id: '9a4c2e7b-1d3f-4a6b-8c9d-0e1f2a3b4c5d',
    key: 'k',
    actor: { accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a90', displayName: 'Noor Haddad, operations' },
    action,
    target: `saga ${sagaId}`,
    detail: null,
    outcome: 'done',
    outcomeDetail,
    requestedAt: at,
    finishedAt: at,
  });

/** Accounting holds nothing for an order still being validated. */
const noPaymentYet = { [`GET /orders/${sagaId}/payment`]: refusal(404, { message: `order ${sagaId} has no card authorisation` }) };

describe('the operations slice’s sagas', () => {
  it('flags a stuck saga in the list, with why', async () => {
    const page = renderSlice(OpsSlice, { slice: 'ops', path: 'sagas?stuck=true', session: demoSession('noor'), bff: { 'GET /sagas': answer(sagaList, { sagas: [summary], nextCursor: null }) } });
    const row = await page.findByRole('row', { name: /5d1c0a2b/ });
    expect(row.textContent).toContain('Stuck: no progress for 20 s');
    expect(row.textContent).toContain('consumer');
    expect(page.bff.calls.find((call) => call.path === '/sagas')).toBeTruthy();
  });

  it('shows each step’s commands and replies with their message ids, and retries the step as one audited action', async () => {
    const page = renderSlice(OpsSlice, {
      slice: 'ops',
      path: `sagas/${sagaId}`,
      session: demoSession('noor'),
      bff: { [`GET /sagas/${sagaId}`]: detail, ...noPaymentYet, [`POST /sagas/${sagaId}/retry`]: done('retry-saga', 'the step’s commands were sent again') },
    });
    const steps = await page.findByRole('list', { name: 'Steps' });
    expect(steps.textContent).toMatch(/consumer: ValidateConsumer \(msg-validate-consumer\).*no answer yet/);
    expect(steps.textContent).toContain('OrderDetailsValidated (msg-details-validated) after 41 ms');
    await page.user.click(page.getByRole('button', { name: 'Retry the step' }));
    expect((await page.findByText(/^Done: /)).textContent).toBe('Done: the step’s commands were sent again');
    const [retry] = page.bff.calls.filter((call) => call.method === 'POST');
    expect(retry!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives up on a step only with a reason the customer can read, and says when the service refused', async () => {
    const page = renderSlice(OpsSlice, {
      slice: 'ops',
      path: `sagas/${sagaId}`,
      session: demoSession('noor'),
      bff: { [`GET /sagas/${sagaId}`]: detail, ...noPaymentYet, [`POST /sagas/${sagaId}/abandon`]: refusal(409, { message: `saga ${sagaId} is compensated: there is nothing to abandon` }) },
    });
    const giveUp = await page.findByRole('button', { name: 'Give up and undo' });
    expect((giveUp as HTMLButtonElement).disabled).toBe(true);
    await page.user.type(page.getByLabelText('Why give up? The customer reads this.'), 'We could not check your account');
    await page.user.click(giveUp);
    expect((await page.findByRole('alert')).textContent).toContain('is compensated: there is nothing to abandon');
    expect(page.bff.calls.find((call) => call.method === 'POST')?.body).toEqual({ reason: 'We could not check your account' });
  });
});
