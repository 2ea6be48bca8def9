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

/** Peak resident memory (VmHWM) of the largest process of the family, in MB. */
export function peakRssMb(pid: number): number {
  let peak = 0;
  for (const member of family(pid)) {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch {
      // gone
    }
  }
  return peak;
}
