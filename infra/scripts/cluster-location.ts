/**
 * Where the PostgreSQL cluster of a data dir lives. Normally in <dataDir>/postgres. As root the server
 * runs as the postgres user, who must be able to traverse every parent of its directory; a checkout in
 * root's home (mode 700 on Debian) is out of its reach. The cluster then lives in
 * /var/lib/loketlijn/<hash of the data dir>/, owned by postgres: one per checkout and data dir, so two
 * checkouts still run side by side, and nobody has to open up their home directory.
 */
import { createHash } from 'node:crypto';
import { chown, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from './run-command.js';

export const OUTSIDE_ROOT = '/var/lib/loketlijn';

export interface ClusterLocation {
  /** The cluster's data directory. */
  pgDir: string;
  /** The server log; the postgres user opens it, so it sits beside the cluster. */
  logFile: string;
  /** True when the cluster lives outside the data dir. */
  outside: boolean;
}

export interface PostgresIds {
  uid: number;
  gid: number;
}

export function clusterLocation(dataDir: string, reachable: boolean, outsideRoot = OUTSIDE_ROOT): ClusterLocation {
  if (reachable) return { pgDir: join(dataDir, 'postgres'), logFile: join(dataDir, 'postgres.log'), outside: false };
  const home = join(outsideRoot, createHash('sha256').update(dataDir).digest('hex').slice(0, 16));
  return { pgDir: join(home, 'postgres'), logFile: join(home, 'postgres.log'), outside: true };
}

/**
 * The location for this data dir, with its directory made and handed to the postgres user when it is
 * outside. `postgres` is null when not root: the server then runs as the current user, who owns the data dir.
 */
export async function prepareClusterLocation(dataDir: string, postgres: PostgresIds | null, log: (line: string) => void): Promise<ClusterLocation> {
  const reachable = postgres === null || (await run('runuser', ['-u', 'postgres', '--', 'test', '-x', dataDir])).code === 0;
  const location = clusterLocation(dataDir, reachable);
  if (!location.outside || postgres === null) return location;
  const home = join(location.pgDir, '..');
  await mkdir(OUTSIDE_ROOT, { recursive: true, mode: 0o755 });
  await mkdir(home, { recursive: true, mode: 0o700 });
  await chown(home, postgres.uid, postgres.gid);
  // Says which checkout a directory here belongs to, for whoever cleans up.
  await writeFile(join(home, 'data-dir'), `${dataDir}\n`);
  log(`the postgres user cannot reach ${dataDir} (a parent directory is closed to it); the PostgreSQL cluster lives in ${location.pgDir}`);
  return location;
}
