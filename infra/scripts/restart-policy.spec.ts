import { describe, expect, it } from '@jest/globals';
import { crashesInARow, RESTART_POLICY, restartDelayMs } from './restart-policy.js';

describe('restart policy of npm start', () => {
  it('doubles the wait with every crash in a row, up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((n) => restartDelayMs(n))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(restartDelayMs(3, { baseMs: 10, maxMs: 25, stableMs: 100 })).toBe(25);
  });

  it('counts crashes in a row, and starts over after a stable run', () => {
    let crashes = 0;
    for (const ranFor of [500, 2_000, 10_000]) crashes = crashesInARow(crashes, ranFor);
    expect(crashes).toBe(3);
    expect(crashesInARow(crashes, RESTART_POLICY.stableMs)).toBe(1);
    expect(restartDelayMs(crashesInARow(7, 5 * 60_000))).toBe(RESTART_POLICY.baseMs);
  });
});
