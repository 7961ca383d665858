import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntry, auditList, auditRecording, type AuditEntry } from '@tiffin/contracts/audit';
import { asOperator, signedInAs, testOperator } from '@tiffin/http-kit/testing';
import { serviceUnderTest, testedBackends } from '@tiffin/service-kit/testing';
import { createAuditService } from '../app';
import type { AuditUnderTest } from '../testing/audit-under-test';

const backends = testedBackends<{ name: string; database: 'pglite' | 'postgres' }>({ name: 'PGlite', database: 'pglite' }, { name: 'PostgreSQL', database: 'postgres' });

describe.each(backends)('the audit log on $name', ({ database }) => {
  let audit: AuditUnderTest;
  beforeAll(async () => {
    audit = await serviceUnderTest('audit', createAuditService, { database });
    await audit.service.start();
  });
  afterAll(() => audit.dispose());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers = asOperator()) =>
    audit.service.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const asked = (key = crypto.randomUUID()) => ({ key, action: 'retry-saga', target: `saga ${crypto.randomUUID()}` });

  it('records an action before it is done, under the operator who signed the call, whatever the body says', async () => {
    const response = await call('POST', '/audit-entries', { ...asked(), actor: { displayName: 'Someone else' } });
    expect(response.statusCode).toBe(201);
    expect(auditRecording.parse(response.json()).created).toBe(true);
    expect(auditRecording.parse(response.json()).entry).toMatchObject({
      actor: { accountId: testOperator.accountId, displayName: 'Test operator' },
      outcome: 'under way',
      finishedAt: null,
      detail: null,
    });
  });

  it('finds the same entry for the same key, so an action asked twice is done once', async () => {
    const action = asked();
    const first = auditRecording.parse((await call('POST', '/audit-entries', action)).json());
    const again = await call('POST', '/audit-entries', { ...action, target: 'something else' });
    expect(again.statusCode).toBe(200);
    expect(auditRecording.parse(again.json())).toEqual({ entry: first.entry, created: false });
  });

  it('keeps the first outcome of an action', async () => {
    const { id } = auditRecording.parse((await call('POST', '/audit-entries', asked())).json()).entry;
    const done = auditEntry.parse((await call('PATCH', `/audit-entries/${id}`, { outcome: 'done', outcomeDetail: 'sent again to consumer' })).json());
    expect(done).toMatchObject({ outcome: 'done', outcomeDetail: 'sent again to consumer', finishedAt: expect.any(String) });
    const rewritten = auditEntry.parse((await call('PATCH', `/audit-entries/${id}`, { outcome: 'failed', outcomeDetail: 'later' })).json());
    expect(rewritten).toEqual(done);
    const unknown = crypto.randomUUID();
    expect((await call('PATCH', `/audit-entries/${unknown}`, { outcome: 'done' })).json().message).toBe(`audit entry ${unknown} does not exist`);
  });

  it('lists entries newest first', async () => {
    const keys = [crypto.randomUUID(), crypto.randomUUID()];
    for (const key of keys) await call('POST', '/audit-entries', asked(key));
    const { entries } = auditList.parse((await call('GET', '/audit-entries?limit=2')).json());
    expect(entries.map((entry: AuditEntry) => entry.key)).toEqual([...keys].reverse());
  });

  it('names what is wrong, and serves nobody but operators', async () => {
    expect((await call('POST', '/audit-entries', { ...asked(), action: 'delete-everything' })).json().message).toMatch(/^body\.action: /);
    const customer = signedInAs({ role: 'customer', accountId: testOperator.accountId, displayName: 'Asha', email: 'asha@tiffin.test', consumerId: testOperator.accountId });
    expect((await call('GET', '/audit-entries', undefined, customer)).statusCode).toBe(403);
    expect((await call('GET', '/audit-entries', undefined, {})).statusCode).toBe(401);
  });
});
