import { describe, expect, it } from '@jest/globals';
import { isApiPath } from './serve-web-app.js';

describe('isApiPath', () => {
  it.each(['/graphql', '/auth/callback', '/oauth/token', '/visits/1/summary', '/health/live', '/health/ready', '/metrics'])(
    'keeps %s away from the web app',
    (path: string) => expect(isApiPath(path)).toBe(true),
  );

  it.each(['/', '/desk', '/line/inbox', '/monitor', '/healthy-living', '/metricsboard'])('serves %s as a page of the web app', (path) =>
    expect(isApiPath(path)).toBe(false),
  );
});
