/**
 * Services for integration tests: the URLs from TEST_DATABASE_URL and TEST_REDIS_URL when both are
 * set (for example in CI with managed services), otherwise a private PostgreSQL and Redis under
 * <repo>/.data/test (fsync off) started through infra/scripts/local-services.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startLocalServices } from '../../infra/scripts/local-services.js';
import type { SystemPackage } from '../../infra/scripts/system-packages.js';

export interface TestServices {
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

export const TEST_DATABASE = 'loketlijn_test';

function externalServices(): { databaseUrl: string; redisUrl: string } | null {
  const { TEST_DATABASE_URL: databaseUrl, TEST_REDIS_URL: redisUrl } = process.env;
  return databaseUrl && redisUrl ? { databaseUrl, redisUrl } : null;
}

/** What the tests take from the machine: Chromium for the browser tests, PostgreSQL and Redis unless given. */
export function testSystemPackages(): SystemPackage[] {
  return externalServices() ? ['chromium'] : ['chromium', 'postgresql', 'redis-server'];
}

/** Ports derived from the checkout's path, so two checkouts on one machine can test at once. */
export function testPorts(root: string): { pgPort: number; redisPort: number } {
  const offset = [...createHash('sha256').update(root).digest()].slice(0, 2).reduce((a, b) => a * 256 + b, 0) % 400;
  return { pgPort: 54_400 + offset, redisPort: 63_400 + offset };
}

/** The nearest directory at or above process.cwd() whose package.json is this project's. */
function repoRoot(): string {
  const start = resolve(process.cwd());
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'loketlijn') return dir;
      } catch {
        // unreadable manifest: keep looking upwards
      }
    }
    if (dirname(dir) === dir) return start;
  }
}

export async function ensureTestServices(): Promise<TestServices> {
  const external = externalServices();
  if (external) return { ...external, stop: async () => undefined };
  const log = (line: string): void => {
    process.stderr.write(`[test-services] ${line}\n`);
  };
  if (process.env.TEST_DATABASE_URL || process.env.TEST_REDIS_URL) {
    log('only one of TEST_DATABASE_URL and TEST_REDIS_URL is set; starting local services for both');
  }
  const root = repoRoot();
  return startLocalServices({
    dataDir: join(root, '.data', 'test'),
    ...testPorts(root),
    fsync: false,
    database: TEST_DATABASE,
    log,
  });
}
