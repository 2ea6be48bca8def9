import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './load-config.js';

const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadConfig', () => {
  it('reads defaults', () => {
    const config = loadConfig(base);
    expect(config.hubPort).toBe(3000);
    expect(config.env).toBe('development');
    expect(config.tokenTtlSeconds).toBe(900);
    expect(config.webDistDir).toBe(resolve('apps/web/dist'));
    expect([config.hubHost, config.workerHost, config.workerPort, config.shutdownGraceMs]).toEqual(['127.0.0.1', '127.0.0.1', 3001, 10_000]);
  });

  it('reads where hub and worker listen and the shutdown grace, refusing nonsense', () => {
    const config = loadConfig({ ...base, HOST: '0.0.0.0', PORT: '8080', WORKER_HOST: '::', WORKER_PORT: '0', SHUTDOWN_GRACE_MS: '25000' });
    expect([config.hubHost, config.hubPort, config.workerHost, config.workerPort, config.shutdownGraceMs]).toEqual(['0.0.0.0', 8080, '::', 0, 25_000]);
    expect(loadConfig({ ...base, HOST: 'hub.loketlijn.svc.cluster.local' }).hubHost).toBe('hub.loketlijn.svc.cluster.local');
    expect(() => loadConfig({ ...base, HOST: 'http://0.0.0.0' })).toThrow(new ConfigError('HOST must be an IP address or a host name'));
    expect(() => loadConfig({ ...base, WORKER_HOST: 'a b' })).toThrow('WORKER_HOST must be an IP address or a host name');
    expect(() => loadConfig({ ...base, WORKER_PORT: '70000' })).toThrow('WORKER_PORT must be an integer between 0 and 65535');
    expect(() => loadConfig({ ...base, SHUTDOWN_GRACE_MS: '-1' })).toThrow('SHUTDOWN_GRACE_MS must be an integer between 0 and 600000');
  });

  it('names the variable that is wrong without echoing its value', () => {
    expect(() => loadConfig({ ...base, PORT: 'abc' })).toThrow(new ConfigError('PORT must be an integer between 0 and 65535'));
    expect(() => loadConfig({ ...base, DATABASE_URL: 'mysql://secret@x/y' })).toThrow('DATABASE_URL must use postgres: or postgresql:');
    expect(() => loadConfig({ REDIS_URL: base.REDIS_URL })).toThrow('Missing environment variable DATABASE_URL');
  });

  const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
  const production = {
    ...base,
    NODE_ENV: 'production',
    TOKEN_SECRET: 'x'.repeat(32),
    FIELD_KEYS: `k1:${key(1)}`,
    BLIND_INDEX_KEY: key(9),
    APP_DATABASE_URL: 'postgres://loketlijn_app:pw@127.0.0.1:5432/db',
  };

  it('demands a real token secret, field keys, a blind-index key and the app role URL in production', () => {
    expect(() => loadConfig({ ...production, TOKEN_SECRET: '' })).toThrow(/TOKEN_SECRET/);
    expect(() => loadConfig({ ...production, FIELD_KEYS: '' })).toThrow('FIELD_KEYS must be set in production');
    expect(() => loadConfig({ ...production, BLIND_INDEX_KEY: '' })).toThrow('BLIND_INDEX_KEY must be set in production');
    expect(() => loadConfig({ ...production, APP_DATABASE_URL: '' })).toThrow('APP_DATABASE_URL must be set in production');
    expect(loadConfig(production).env).toBe('production');
  });

  it('reads field keys by id, takes the named current key, and refuses bad keys without echoing them', () => {
    const config = loadConfig({ ...base, FIELD_KEYS: `k1:${key(1)},k2:${key(2)}`, FIELD_KEY_CURRENT: 'k1' });
    expect([...config.fieldKeys.keys()]).toEqual(['k1', 'k2']);
    expect(config.fieldKeyCurrent).toBe('k1');
    expect(loadConfig({ ...base, FIELD_KEYS: `k1:${key(1)},k2:${key(2)}` }).fieldKeyCurrent).toBe('k2');
    const short = Buffer.alloc(16, 7).toString('base64');
    expect(() => loadConfig({ ...base, FIELD_KEYS: `k1:${short}` })).toThrow(new ConfigError('FIELD_KEYS must hold base64 keys of 32 bytes'));
    expect(() => loadConfig({ ...base, FIELD_KEYS: `k1:${key(1)}`, FIELD_KEY_CURRENT: 'k9' })).toThrow(/FIELD_KEY_CURRENT/);
    expect(() => loadConfig({ ...base, FIELD_KEYS: `k1:${key(1)},k1:${key(2)}` })).toThrow(/twice/);
  });

  it('derives the app role URL from DATABASE_URL outside production', () => {
    expect(loadConfig(base).appDatabaseUrl).toBe('postgres://loketlijn_app@127.0.0.1:5432/db');
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://owner:secret@127.0.0.1:5432/db' }).appDatabaseUrl).toBe('postgres://loketlijn_app@127.0.0.1:5432/db');
    expect(loadConfig(base).retentionDays).toBe(90);
  });

  it('closes abandoned visits after 30 quiet days unless told otherwise, refusing nonsense', () => {
    expect(loadConfig(base).abandonedVisitDays).toBe(30);
    expect(loadConfig({ ...base, ABANDONED_VISIT_DAYS: '14' }).abandonedVisitDays).toBe(14);
    expect(() => loadConfig({ ...base, ABANDONED_VISIT_DAYS: '0' })).toThrow('ABANDONED_VISIT_DAYS must be an integer between 1 and 3650');
    expect(() => loadConfig({ ...base, ABANDONED_VISIT_DAYS: 'soon' })).toThrow(/ABANDONED_VISIT_DAYS/);
  });
});

describe('loadConfig: production Redis and Postgres', () => {
  const db = { DATABASE_URL: base.DATABASE_URL };

  it('reads one Redis, Sentinel as variables, or Sentinel as a redis+sentinel URL', () => {
    expect(loadConfig(base).redis).toEqual({ kind: 'standalone', url: 'redis://127.0.0.1:6379' });
    expect(loadConfig({ ...db, REDIS_SENTINELS: 's1:26379, [::1]:26380', REDIS_SENTINEL_NAME: 'loketlijn', REDIS_PASSWORD: 'pw' }).redis).toEqual({
      kind: 'sentinel',
      sentinels: [{ host: 's1', port: 26379 }, { host: '::1', port: 26380 }],
      masterName: 'loketlijn',
      username: null,
      password: 'pw',
      sentinelPassword: null,
      db: 0,
    });
    expect(loadConfig({ ...db, REDIS_URL: 'redis+sentinel://:p%40ss@s1:26379,s2:26379/main/2' }).redis).toEqual({
      kind: 'sentinel',
      sentinels: [{ host: 's1', port: 26379 }, { host: 's2', port: 26379 }],
      masterName: 'main',
      username: null,
      password: 'p@ss',
      sentinelPassword: 'p@ss',
      db: 2,
    });
  });

  it('refuses a half or doubled Redis setting, naming the variable and not its value', () => {
    expect(() => loadConfig({ ...db, REDIS_SENTINELS: 's1:26379' })).toThrow(new ConfigError('Missing environment variable REDIS_SENTINEL_NAME'));
    expect(() => loadConfig({ ...base, REDIS_SENTINELS: 's1:26379', REDIS_SENTINEL_NAME: 'm' })).toThrow('Set REDIS_URL or REDIS_SENTINELS, not both');
    expect(() => loadConfig({ ...db, REDIS_SENTINELS: 's1', REDIS_SENTINEL_NAME: 'm' })).toThrow(new ConfigError('REDIS_SENTINELS must be a list of host:port'));
    expect(() => loadConfig({ ...db, REDIS_SENTINELS: 's1:99999', REDIS_SENTINEL_NAME: 'm' })).toThrow('REDIS_SENTINELS must be a list of host:port');
    expect(() => loadConfig({ ...db, REDIS_SENTINELS: 's1:1', REDIS_SENTINEL_NAME: 'a b' })).toThrow('REDIS_SENTINEL_NAME must be a Sentinel master name');
    expect(() => loadConfig({ ...db, REDIS_URL: 'redis+sentinel://:secret@s1:26379' })).toThrow(/^REDIS_URL must look like redis\+sentinel:/);
    expect(() => loadConfig({ ...db, REDIS_URL: 'redis+sentinel://:secret@s1:26379' })).not.toThrow(/secret/);
  });

  it('reads an optional read replica for the monitor', () => {
    expect(loadConfig(base).monitorDatabaseUrl).toBeNull();
    expect(loadConfig({ ...base, MONITOR_DATABASE_URL: 'postgres://loketlijn_app@replica:5432/db' }).monitorDatabaseUrl).toBe('postgres://loketlijn_app@replica:5432/db');
    expect(() => loadConfig({ ...base, MONITOR_DATABASE_URL: 'mysql://x/y' })).toThrow('MONITOR_DATABASE_URL must use postgres: or postgresql:');
  });
});

describe('loadConfig limits', () => {
  it('reads GraphQL limits and rate limits, refusing nonsense', () => {
    const config = loadConfig({ ...base, GRAPHQL_MAX_DEPTH: '5', RATE_LIMIT_USER_POINTS: '3', RATE_LIMIT_SIGN_IN_SECONDS: '60' });
    expect(config.graphqlLimits).toEqual({ maxDepth: 5, maxAliases: 15, maxTokens: 1000, maxCost: 50_000 });
    expect(config.rateLimits).toEqual({ perUser: { points: 3, durationSeconds: 60 }, perIp: { points: 1200, durationSeconds: 60 }, signIn: { points: 10, durationSeconds: 60 } });
    expect(() => loadConfig({ ...base, RATE_LIMIT_IP_POINTS: '0' })).toThrow('RATE_LIMIT_IP_POINTS must be an integer between 1 and 1000000');
    expect(() => loadConfig({ ...base, GRAPHQL_MAX_DEPTH: '1' })).toThrow('GRAPHQL_MAX_DEPTH');
  });

  it('configures OIDC all or nothing, over https except on loopback', () => {
    expect(loadConfig(base).oidc).toBeNull();
    const oidc = { OIDC_ISSUER: 'https://idp.example.org/realms/rijk', OIDC_CLIENT_ID: 'loketlijn', OIDC_REDIRECT_URI: 'https://loketlijn.example.org/auth/callback', OIDC_AUDIENCE: 'urn:loketlijn:api' };
    expect(loadConfig({ ...base, ...oidc }).oidc).toEqual({
      issuer: oidc.OIDC_ISSUER, clientId: 'loketlijn', clientSecret: null, redirectUri: oidc.OIDC_REDIRECT_URI, audience: 'urn:loketlijn:api', appUrl: '/',
    });
    expect(() => loadConfig({ ...base, ...oidc, OIDC_AUDIENCE: '' })).toThrow('Missing environment variable OIDC_AUDIENCE (OIDC is partly configured)');
    expect(() => loadConfig({ ...base, ...oidc, OIDC_ISSUER: 'http://idp.example.org' })).toThrow('OIDC_ISSUER must use https: outside loopback');
    expect(loadConfig({ ...base, ...oidc, OIDC_ISSUER: 'http://127.0.0.1:4000' }).oidc?.issuer).toBe('http://127.0.0.1:4000');
    expect(loadConfig({ ...base, ...oidc, OIDC_APP_URL: '/app/' }).oidc?.appUrl).toBe('/app/');
    expect(() => loadConfig({ ...base, ...oidc, OIDC_APP_URL: '//evil.example.org' })).toThrow('OIDC_APP_URL is not a valid URL');
    expect(() => loadConfig({ ...base, ...oidc, OIDC_APP_URL: 'http://loketlijn.example.org/' })).toThrow('OIDC_APP_URL must use https: outside loopback');
  });
});
