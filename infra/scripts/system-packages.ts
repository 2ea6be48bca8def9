/**
 * The Debian packages Loketlijn takes from the machine rather than from npm: PostgreSQL and Redis
 * (`npm start` and the tests start their own servers from them) and Chromium (the browser tests).
 * One place finds their binaries and, when they are missing, installs them with apt as root, or
 * otherwise stops with the exact command to run.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { commandFailed, isRoot, run, type RunCommand } from './run-command.js';

export type SystemPackage = 'postgresql' | 'redis-server' | 'chromium';

const PG_ROOT = '/usr/lib/postgresql';
export const PG_MIN_MAJOR = 15;
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface PgBin {
  major: number;
  bin: string;
}

/** Installed PostgreSQL versions (Debian: /usr/lib/postgresql/<N>/bin), newest first. */
export function listPgBins(): PgBin[] {
  let entries: string[];
  try {
    entries = readdirSync(PG_ROOT);
  } catch {
    return [];
  }
  return entries
    .filter((name) => /^\d+$/.test(name))
    .map((name) => ({ major: Number(name), bin: join(PG_ROOT, name, 'bin') }))
    .filter(({ bin }) => existsSync(join(bin, 'pg_ctl')) && existsSync(join(bin, 'initdb')))
    .sort((a, b) => b.major - a.major);
}

export function redisServerPath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean)) {
    const candidate = join(dir, 'redis-server');
    if (existsSync(candidate)) return candidate;
  }
  return existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : null;
}

/** Debian's Chromium, or the browser CHROMIUM_PATH names. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
}

export type PackageProbe = (pkg: SystemPackage) => boolean;

/** Whether this machine has what the package provides. */
export const machineHas: PackageProbe = (pkg) => {
  switch (pkg) {
    case 'postgresql':
      return listPgBins().some((b) => b.major >= PG_MIN_MAJOR);
    case 'redis-server':
      return redisServerPath() !== null;
    case 'chromium':
      return existsSync(chromiumPath());
  }
};

export type InstallPlan =
  | { action: 'none' }
  | { action: 'install'; packages: SystemPackage[]; args: string[] }
  | { action: 'refuse'; message: string };

/** What to do about the missing packages: nothing, install them (root), or tell the user the command. */
export function planInstall(missing: readonly SystemPackage[], root: boolean, env: NodeJS.ProcessEnv = {}): InstallPlan {
  if (missing.length === 0) return { action: 'none' };
  if (missing.includes('chromium') && env.CHROMIUM_PATH) {
    return { action: 'refuse', message: `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which does not exist; unset it to use ${DEBIAN_CHROMIUM}` };
  }
  const packages = [...new Set(missing)].sort();
  if (root) {
    // Wait for another apt run (a second checkout installing at the same moment) rather than fail on its lock.
    return { action: 'install', packages, args: ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', ...packages] };
  }
  return {
    action: 'refuse',
    message: `missing system packages: ${packages.join(', ')}. Install them with: sudo apt-get install -y ${packages.join(' ')}`,
  };
}

export interface EnsureOptions {
  log: (line: string) => void;
  root?: boolean;
  has?: PackageProbe;
  run?: RunCommand;
  env?: NodeJS.ProcessEnv;
}

/** Makes sure the packages are there: installs the missing ones as root, otherwise throws with the command to run. */
export async function ensureSystemPackages(wanted: readonly SystemPackage[], options: EnsureOptions): Promise<void> {
  const { log, root = isRoot(), has = machineHas, run: runCommand = run, env = process.env } = options;
  const plan = planInstall(wanted.filter((pkg) => !has(pkg)), root, env);
  switch (plan.action) {
    case 'none':
      return;
    case 'refuse':
      throw new Error(plan.message);
    case 'install':
      break;
  }
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  const started = Date.now();
  log(`installing ${plan.packages.join(', ')}: apt-get ${plan.args.join(' ')} (Chromium takes about a minute)`);
  const first = await runCommand('apt-get', plan.args, { env: aptEnv });
  if (first.code !== 0) {
    // A fresh machine has no package lists yet, an old one stale lists.
    log(`apt-get install failed (exit ${first.code}); running apt-get update and retrying`);
    for (const args of [['update'], plan.args]) {
      const result = await runCommand('apt-get', args, { env: aptEnv });
      if (result.code !== 0) throw commandFailed('apt-get', args, result);
    }
  }
  const still = plan.packages.filter((pkg) => !has(pkg));
  if (still.length > 0) throw new Error(`apt-get installed ${plan.packages.join(', ')}, but ${still.join(', ')} is still not usable here`);
  log(`installed ${plan.packages.join(', ')} in ${Math.round((Date.now() - started) / 1000)} s`);
}
