import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

/** The installed @apollo/server, read from its own package.json next to the resolved entry point. */
function installedApolloVersion(): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve('@apollo/server'));
  while (!dir.endsWith(join('node_modules', '@apollo', 'server'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

describe('@apollo/server', () => {
  it('is 5.5 or later (security fixes the hardening relies on)', () => {
    const [major, minor] = installedApolloVersion().split('.').map(Number) as [number, number];
    expect(major > 5 || (major === 5 && minor >= 5)).toBe(true);
  });
});
