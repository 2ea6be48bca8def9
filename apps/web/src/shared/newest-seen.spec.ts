import { describe, expect, it } from '@jest/globals';
import { NewestSeen } from './newest-seen';

describe('the newest state the desk heard of, per referral', () => {
  it('finds a listed referral older than an event already announced (a list fetched before the event)', () => {
    const seen = new NewestSeen();
    seen.saw('r1', 3);
    expect(seen.behind([{ id: 'r1', version: 2 }])).toBe(true);
    expect(seen.behind([{ id: 'r1', version: 3 }])).toBe(false);
    expect(seen.behind([{ id: 'r1', version: 4 }, { id: 'r2', version: 0 }])).toBe(false);
  });

  it('keeps the highest version whatever order events arrive in', () => {
    const seen = new NewestSeen();
    seen.saw('r1', 5);
    seen.saw('r1', 4);
    expect(seen.behind([{ id: 'r1', version: 4 }])).toBe(true);
  });
});
