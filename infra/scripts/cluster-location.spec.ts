import { describe, expect, it } from '@jest/globals';
import { clusterLocation } from './cluster-location.js';

describe('clusterLocation', () => {
  it('keeps the cluster in the data dir when the postgres user can reach it', () => {
    expect(clusterLocation('/srv/loketlijn/.data', true)).toEqual({
      pgDir: '/srv/loketlijn/.data/postgres',
      logFile: '/srv/loketlijn/.data/postgres.log',
      outside: false,
    });
  });

  it('moves it under /var/lib/loketlijn, one directory per data dir, when the postgres user cannot', () => {
    const start = clusterLocation('/root/loketlijn/.data', false);
    const tests = clusterLocation('/root/loketlijn/.data/test', false);
    const otherCheckout = clusterLocation('/root/other/.data/test', false);
    expect(start.outside).toBe(true);
    expect(start.pgDir).toMatch(/^\/var\/lib\/loketlijn\/[0-9a-f]{16}\/postgres$/);
    expect(start.logFile).toBe(start.pgDir.replace(/postgres$/, 'postgres.log'));
    expect(new Set([start.pgDir, tests.pgDir, otherCheckout.pgDir]).size).toBe(3);
    expect(clusterLocation('/root/loketlijn/.data', false)).toEqual(start);
  });
});
