import { readFileSync } from 'node:fs';

/** USER_HZ: the unit of utime/stime in /proc/<pid>/stat; 100 on every Linux this runs on. */
const TICKS_PER_SECOND = 100;

/** A process and its direct children (the workers of a node cluster). */
function family(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return [pid, ...(children ? children.split(/\s+/).map(Number) : [])];
  } catch {
    return [pid];
  }
}

/** CPU time (user + system) used so far by a process and its children, in milliseconds. */
export function cpuMs(pid: number): number {
  let ticks = 0;
  for (const member of family(pid)) {
    try {
      // Fields after the command name, which sits in parentheses and may hold spaces.
      const fields = readFileSync(`/proc/${member}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // A child that has just exited: its time is lost to this count.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Resident memory of the largest process of the family, in MB: its peak (VmHWM) or its size now (VmRSS). */
function residentMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  let largest = 0;
  for (const member of family(pid)) {
    try {
      const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      if (match) largest = Math.max(largest, Number(match[1]) / 1024);
    } catch {
      // A child that has just exited.
    }
  }
  return largest;
}

/** Peak resident memory (VmHWM) of the largest process of the family, in MB; the hub reaches it while booting. */
export const peakRssMb = (pid: number) => residentMb(pid, 'VmHWM');

/** Resident memory now (VmRSS) of the largest process of the family, in MB: what it holds after the load. */
export const rssMb = (pid: number) => residentMb(pid, 'VmRSS');

/** CPU of a process (and its children) from now on. */
export class CpuMeter {
  private readonly startCpu = cpuMs(this.pid);
  private readonly startedAt = performance.now();

  constructor(private readonly pid: number) {}

  /** CPU milliseconds per operation, less what the process would have burnt at rest (`idle`, ms per ms) meanwhile. */
  perOperation(operations: number, idle: number): number {
    const elapsed = performance.now() - this.startedAt;
    return Math.max(0, cpuMs(this.pid) - this.startCpu - idle * elapsed) / operations;
  }
}

/** CPU per millisecond of each process while nothing is asked of it, over `ms`. */
export async function idleCpu(pids: readonly number[], ms = 3_000): Promise<number[]> {
  const before = pids.map(cpuMs);
  const started = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  const elapsed = performance.now() - started;
  return pids.map((pid, i) => (cpuMs(pid) - before[i]!) / elapsed);
}
