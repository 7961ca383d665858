// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deadLetterDetail } from '@tiffin/contracts';
import { auditEntry } from '@tiffin/contracts/audit';
import { opsDeadLetters } from '@tiffin/contracts/ops-bff';
import { answer, demoSession, renderSlice } from '@tiffin/slice-kit/testing';
import OpsSlice from '../../../Slice';

const at = '2026-12-01T09:00:00.000Z';
const letter = (id: string) => ({ id, messageId: `msg-${id}`, type: 'CancelTicket', reason: 'malformed' as const, attempts: 1, error: 'payload.orderId: Invalid UUID', deadAt: at, service: 'kitchen', consumer: 'kitchen.tickets' });
const letters = answer(opsDeadLetters, { letters: [letter('a1'), letter('b2'), letter('c3')], counts: [{ service: 'kitchen', consumer: 'kitchen.tickets', count: 3 }], unreachable: [{ service: 'delivery', message: "We can't reach the couriers right now" }] });
const replayed = answer(auditEntry, {
  id: '9a4c2e7b-1d3f-4a6b-8c9d-0e1f2a3b4c5d',
  key: 'k',
  actor: { accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a90', displayName: 'Noor Haddad, operations' },
  action: 'replay-dead-letters',
  target: '2 dead letters of kitchen.tickets',
  detail: null,
  outcome: 'done',
  outcomeDetail: 'replayed 2 of 2',
  requestedAt: at,
  finishedAt: at,
});

describe('the operations slice’s dead letters', () => {
  it('lists every service’s letters, says which service did not answer, and replays the ones picked in one action', async () => {
    const page = renderSlice(OpsSlice, { slice: 'ops', path: 'dead-letters', session: demoSession('noor'), bff: { 'GET /dead-letters': letters, 'POST /dead-letters/replay': replayed } });
    await page.findByRole('table', { name: 'Dead letters' });
    expect(page.getByText(/The delivery service did not answer/)).toBeTruthy();
    await page.user.click(page.getByRole('checkbox', { name: 'Pick letter a1' }));
    await page.user.click(page.getByRole('checkbox', { name: 'Pick letter c3' }));
    await page.user.click(page.getByRole('button', { name: 'Replay' }));
    expect((await page.findByText(/^Done: /)).textContent).toBe('Done: replayed 2 of 2');
    const replay = page.bff.calls.find((call) => call.method === 'POST');
    expect(replay?.body).toEqual({ letters: [{ service: 'kitchen', consumer: 'kitchen.tickets', id: 'a1' }, { service: 'kitchen', consumer: 'kitchen.tickets', id: 'c3' }] });
    expect(replay?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows a letter’s body as text, never as markup', async () => {
    const body = '{"payload":{"orderId":"<img src=x onerror=alert(1)>"}}';
    const page = renderSlice(OpsSlice, {
      slice: 'ops',
      path: 'dead-letters',
      session: demoSession('noor'),
      bff: { 'GET /dead-letters': letters, 'GET /dead-letters/kitchen/kitchen.tickets/a1': answer(deadLetterDetail, { ...letter('a1'), body, message: null }) },
    });
    const [why] = await page.findAllByRole('button', { name: 'payload.orderId: Invalid UUID' });
    await page.user.click(why!);
    const panel = await page.findByRole('complementary', { name: 'Dead letter a1' });
    await expect.poll(() => panel.querySelector('pre')?.textContent).toBe(body);
    expect(panel.querySelector('img')).toBeNull();
  });
});
