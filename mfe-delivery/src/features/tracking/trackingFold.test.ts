import { describe, expect, it } from 'vitest';
import type { DeliveryTracking, TrackedPosition } from '@tiffin/contracts';
import { withNow, withPosition } from './trackingFold';
import { trackingOf } from './testing/tracking';

const at = (seq: number, x: number): TrackedPosition => ({ seq, at: { x, y: 400 }, reportedAt: '2026-12-03T18:10:00.000Z' });

describe('the tracking a page shows as changes arrive', () => {
  it('takes each position once, in order, and the newest as where the courier is', () => {
    let tracking: DeliveryTracking = trackingOf({ seq: 3, trail: [at(3, 800)], courier: at(3, 800) });
    // A stream that resumed sends 5 before 4 arrives by the first read, and 4 again.
    tracking = withPosition(tracking, at(5, 810));
    tracking = withPosition(tracking, at(4, 805));
    tracking = withPosition(tracking, at(4, 805));
    expect(tracking.trail.map((position) => position.seq)).toEqual([3, 4, 5]);
    expect(tracking.courier?.at.x).toBe(810);
  });

  it('never goes back to an older account of where things are', () => {
    const tracking = trackingOf({ seq: 7 });
    expect(withNow(tracking, { ...trackingOf({ seq: 6 }), arrival: null }).seq).toBe(7);
    expect(withNow(tracking, trackingOf({ seq: 8 })).seq).toBe(8);
  });
});
