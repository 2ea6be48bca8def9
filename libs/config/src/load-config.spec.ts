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
});
