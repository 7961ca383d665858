import { describe, expect, it } from 'vitest';
import type { sagaInstances } from '@tiffin/service-kit';
import { sagaSummaryOf } from './saga-views';

const at = (iso: string) => new Date(`2026-12-01T${iso}Z`);
const running = (fields: Partial<typeof sagaInstances.$inferSelect> = {}): typeof sagaInstances.$inferSelect => ({
  id: crypto.randomUUID(),
  sagaType: 'create-order',
  definitionVersion: 1,
  status: 'running',
  step: 1,
  awaiting: ['consumer'],
  data: { consumerId: '0f6b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', restaurantId: 'b686c77f-79ac-460e-94fb-2bb19b8ed16d' },
  failureReason: null,
  deadlineAt: at('09:01:00'),
  history: [],
  createdAt: at('09:00:00'),
  updatedAt: at('09:00:00'),
  ...fields,
});
const rule = (now: string) => ({ now: at(now), stuckAfterMs: 15_000 });

describe('what flags a saga as stuck', () => {
  it('nothing while it moves within the stuck window and its deadline', () => {
    expect(sagaSummaryOf(running(), rule('09:00:14.999')).stuck).toBeNull();
  });

  it('no progress for the stuck window, counted from its last move', () => {
    expect(sagaSummaryOf(running({ updatedAt: at('09:00:10') }), rule('09:00:40')).stuck).toEqual({ reason: 'no progress for 30 s', since: '2026-12-01T09:00:25.000Z' });
  });

  it('its step’s deadline passed, whatever moved last', () => {
    expect(sagaSummaryOf(running({ updatedAt: at('09:00:59') }), rule('09:01:00')).stuck).toEqual({ reason: 'past its step’s deadline', since: '2026-12-01T09:01:00.000Z' });
  });

  it('never once the saga has ended', () => {
    expect(sagaSummaryOf(running({ status: 'compensated', deadlineAt: null }), rule('10:00:00')).stuck).toBeNull();
  });

  it('says whose order and which restaurant it is about', () => {
    expect(sagaSummaryOf(running(), rule('09:00:01'))).toMatchObject({ consumerId: '0f6b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', restaurantId: 'b686c77f-79ac-460e-94fb-2bb19b8ed16d' });
  });
});
