import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntry } from '@tiffin/contracts/audit';
import { auditUnderTest, type AuditUnderTest } from '../testing/audit-under-test';

describe('the audit service’s entries', () => {
  let audit: AuditUnderTest;
  beforeAll(async () => {
    audit = await auditUnderTest();
    await audit.service.start();
  });
  afterAll(() => audit.dispose());

  const inject = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    audit.service.app.inject({ method, url, ...(payload ? { payload } : {}) });

  it('keeps an entry and reads it back', async () => {
    const created = await inject('POST', '/entries', { title: 'First' });
    expect(created.statusCode).toBe(201);
    const entry = auditEntry.parse(created.json());
    const read = await inject('GET', `/entries/${entry.id}`);
    expect(auditEntry.parse(read.json())).toEqual(entry);
  });

  it('answers 400 naming a missing title, 404 naming an unknown entry', async () => {
    const bad = await inject('POST', '/entries', {});
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/body\.title/);
    const unknown = crypto.randomUUID();
    const missing = await inject('GET', `/entries/${unknown}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe(`entry ${unknown} does not exist`);
  });
});
