import { describe, expect, it } from '@jest/globals';
import type { RunCommand, RunResult } from './run-command.js';
import { chromiumPath, ensureSystemPackages, planInstall, type SystemPackage } from './system-packages.js';

const ok: RunResult = { code: 0, stdout: '', stderr: '' };

/** A machine with some packages, where a successful `apt-get install` adds the packages it names. */
function fakeMachine(installed: SystemPackage[], answers: RunResult[] = []) {
  const present = new Set(installed);
  const calls: string[][] = [];
  const run: RunCommand = (cmd, args) => {
    calls.push([cmd, ...args]);
    const answer = answers.shift() ?? ok;
    if (answer.code === 0 && args.includes('install')) {
      for (const pkg of args.slice(args.indexOf('-y') + 1)) present.add(pkg as SystemPackage);
    }
    return Promise.resolve(answer);
  };
  return { calls, run, has: (pkg: SystemPackage) => present.has(pkg), log: () => undefined };
}

const lockWait = ['-o', 'DPkg::Lock::Timeout=600'];

describe('planInstall', () => {
  it('does nothing when nothing is missing', () => {
    expect(planInstall([], true)).toEqual({ action: 'none' });
    expect(planInstall([], false)).toEqual({ action: 'none' });
  });

  it('installs every missing package in one apt run as root', () => {
    expect(planInstall(['redis-server', 'chromium', 'postgresql'], true)).toEqual({
      action: 'install',
      packages: ['chromium', 'postgresql', 'redis-server'],
      args: [...lockWait, 'install', '-y', 'chromium', 'postgresql', 'redis-server'],
    });
  });

  it('gives anyone else the exact command', () => {
    expect(planInstall(['chromium'], false)).toEqual({
      action: 'refuse',
      message: 'missing system packages: chromium. Install them with: sudo apt-get install -y chromium',
    });
  });

  it('does not install Chromium over a CHROMIUM_PATH that points nowhere', () => {
    const plan = planInstall(['chromium'], true, { CHROMIUM_PATH: '/opt/none/chrome' });
    expect(plan).toEqual({ action: 'refuse', message: expect.stringContaining('CHROMIUM_PATH is /opt/none/chrome') });
  });
});

describe('chromiumPath', () => {
  it("is Debian's chromium unless CHROMIUM_PATH says otherwise", () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '' })).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
  });
});

describe('ensureSystemPackages', () => {
  it('runs nothing when the machine has everything', async () => {
    const machine = fakeMachine(['chromium', 'postgresql', 'redis-server']);
    await ensureSystemPackages(['chromium', 'postgresql', 'redis-server'], { ...machine, root: true, env: {} });
    expect(machine.calls).toEqual([]);
  });

  it('installs only what is missing, as root', async () => {
    const machine = fakeMachine(['postgresql']);
    await ensureSystemPackages(['chromium', 'postgresql', 'redis-server'], { ...machine, root: true, env: {} });
    expect(machine.calls).toEqual([['apt-get', ...lockWait, 'install', '-y', 'chromium', 'redis-server']]);
  });

  it('updates the package lists and retries when the first install fails (a fresh machine has none)', async () => {
    const machine = fakeMachine([], [{ code: 100, stdout: '', stderr: 'E: Unable to locate package chromium' }]);
    await ensureSystemPackages(['chromium'], { ...machine, root: true, env: {} });
    expect(machine.calls).toEqual([
      ['apt-get', ...lockWait, 'install', '-y', 'chromium'],
      ['apt-get', 'update'],
      ['apt-get', ...lockWait, 'install', '-y', 'chromium'],
    ]);
    expect(machine.has('chromium')).toBe(true);
  });

  it('fails with apt output when the retry fails too', async () => {
    const failed = { code: 100, stdout: '', stderr: 'E: Unable to locate package chromium' };
    const machine = fakeMachine([], [failed, ok, failed]);
    await expect(ensureSystemPackages(['chromium'], { ...machine, root: true, env: {} })).rejects.toThrow(
      /apt-get -o DPkg::Lock::Timeout=600 install -y chromium exited with 100:\nE: Unable to locate package chromium/,
    );
  });

  it('fails when apt succeeds but the binary is still not there', async () => {
    const machine = fakeMachine([]);
    const has = (): boolean => false;
    await expect(ensureSystemPackages(['postgresql'], { ...machine, has, root: true, env: {} })).rejects.toThrow(
      'apt-get installed postgresql, but postgresql is still not usable here',
    );
  });

  it('installs nothing without root and names the command', async () => {
    const machine = fakeMachine(['postgresql']);
    await expect(ensureSystemPackages(['redis-server', 'chromium', 'postgresql'], { ...machine, root: false, env: {} })).rejects.toThrow(
      'Install them with: sudo apt-get install -y chromium redis-server',
    );
    expect(machine.calls).toEqual([]);
  });
});
