import { describe, expect, it } from '@jest/globals';
import { evictionPolicy } from './redis.health.js';

describe('evictionPolicy', () => {
  it('reads the policy from INFO memory, or null when it is not there', () => {
    expect(evictionPolicy('# Memory\r\nused_memory:1\r\nmaxmemory_policy:noeviction\r\n')).toBe('noeviction');
    expect(evictionPolicy('maxmemory_policy:allkeys-lru\n')).toBe('allkeys-lru');
    expect(evictionPolicy('# Memory\r\nused_memory:1\r\n')).toBeNull();
  });
});
