import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './load-config.js';

const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadConfig', () => {
  it('reads defaults', () => {
    const config = loadConfig(base);
    expect(config.hubPort).toBe(3000);
    expect(config.env).toBe('development');
    expect(config.tokenTtlSeconds).toBe(900);
  });

  it('names the variable that is wrong without echoing its value', () => {
    expect(() => loadConfig({ ...base, PORT: 'abc' })).toThrow(new ConfigError('PORT must be an integer between 0 and 65535'));
    expect(() => loadConfig({ ...base, DATABASE_URL: 'mysql://secret@x/y' })).toThrow('DATABASE_URL must use postgres: or postgresql:');
    expect(() => loadConfig({ REDIS_URL: base.REDIS_URL })).toThrow('Missing environment variable DATABASE_URL');
  });

  it('demands a real token secret in production', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/TOKEN_SECRET/);
    expect(loadConfig({ ...base, NODE_ENV: 'production', TOKEN_SECRET: 'x'.repeat(32) }).env).toBe('production');
  });

  it('reads GraphQL limits and rate limits, refusing nonsense', () => {
    const config = loadConfig({ ...base, GRAPHQL_MAX_DEPTH: '5', RATE_LIMIT_USER_POINTS: '3', RATE_LIMIT_SIGN_IN_SECONDS: '60' });
    expect(config.graphqlLimits).toEqual({ maxDepth: 5, maxAliases: 15, maxTokens: 1000, maxCost: 10_000 });
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
