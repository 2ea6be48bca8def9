import { describe, expect, it } from '@jest/globals';
import { ConfigError } from './load-config.js';
import { loadWebhookConfig } from './webhook-config.js';

describe('loadWebhookConfig', () => {
  it('defaults to retries spread over hours and a URN source', () => {
    expect(loadWebhookConfig({})).toEqual({
      backoffBaseMs: 60_000,
      backoffMaxMs: 4 * 3_600_000,
      attempts: 10,
      timeoutMs: 10_000,
      concurrency: 8,
      lockMs: 30_000,
      secretOverlapHours: 24,
      source: 'urn:nl:loketlijn:hub',
    });
  });

  it('takes a test-sized backoff and refuses nonsense, naming the variable', () => {
    expect(loadWebhookConfig({ WEBHOOK_BACKOFF_BASE_MS: '100', WEBHOOK_ATTEMPTS: '3' })).toMatchObject({ backoffBaseMs: 100, attempts: 3 });
    expect(() => loadWebhookConfig({ WEBHOOK_ATTEMPTS: '0' })).toThrow(new ConfigError('WEBHOOK_ATTEMPTS must be an integer between 1 and 50'));
    expect(() => loadWebhookConfig({ WEBHOOK_SOURCE: 'https://loketlijn.nl' })).toThrow('WEBHOOK_SOURCE must be a URN');
    expect(loadWebhookConfig({ WEBHOOK_SOURCE: 'urn:nld:oin:00000001234567890000:loketlijn' }).source).toBe('urn:nld:oin:00000001234567890000:loketlijn');
  });
});
