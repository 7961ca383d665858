// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { opsOverview } from '@tiffin/contracts/ops-bff';
import { answer, demoSession, refusal, renderSlice } from '@tiffin/slice-kit/testing';
import OpsSlice from '../../../Slice';

describe('the ops overview', () => {
  it('says when the order service answered', async () => {
    const page = renderSlice(OpsSlice, {
      slice: 'ops',
      session: demoSession('guest'),
      bff: { 'GET /overview': answer(opsOverview, { service: 'order', checkedAt: '2026-12-01T09:30:00.000Z' }) },
    });
    expect((await page.findByText(/The order service answered at/)).textContent).not.toContain('Invalid');
  });

  it('says in words when the BFF cannot reach it, and offers to try again', async () => {
    const page = renderSlice(OpsSlice, {
      slice: 'ops',
      session: demoSession('guest'),
      bff: { 'GET /overview': refusal(502, { message: "We can't reach order right now. Please try again in a moment." }) },
    });
    const alert = await page.findByRole('alert');
    expect(alert.textContent).toContain("We can't reach order right now");
    expect(page.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
