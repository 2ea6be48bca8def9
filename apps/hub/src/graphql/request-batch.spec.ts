import { describe, expect, it } from '@jest/globals';
import { RequestBatches } from './request-batch.js';

describe('RequestBatches', () => {
  it('serves the loads one request makes in one tick with one call, in order, and keeps requests apart', async () => {
    const calls: [object, readonly number[]][] = [];
    const batches = new RequestBatches<number, string>(async (request, keys) => {
      calls.push([request, keys]);
      return keys.map((k) => `v${k}`);
    });
    const a = {};
    const b = {};
    expect(await Promise.all([batches.load(a, 1), batches.load(a, 2), batches.load(b, 3), batches.load(a, 4)])).toEqual(['v1', 'v2', 'v3', 'v4']);
    expect(calls).toEqual([
      [a, [1, 2, 4]],
      [b, [3]],
    ]);
    expect(await batches.load(a, 5)).toBe('v5');
    expect(calls).toHaveLength(3);
  });

  it('fails every load of a batch whose call failed', async () => {
    const batches = new RequestBatches<number, number>(async () => {
      throw new Error('database down');
    });
    const request = {};
    const results = await Promise.allSettled([batches.load(request, 1), batches.load(request, 2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
