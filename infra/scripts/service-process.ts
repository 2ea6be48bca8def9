/** What the starters learn about the servers they run: whether a pid still lives, and what its log says. */
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tail } from './run-command.js';

/** A server this process started (stop() stops it) or found running (stop() leaves it). */
export interface ServiceHandle {
  stop(): Promise<void>;
}

/** The last lines of a log file, written after byte offset `from`. */
export async function readTail(file: string, lines = 20, from = 0): Promise<string> {
  try {
    return tail((await readFile(file)).subarray(from).toString('utf8'), lines);
  } catch {
    return '';
  }
}

export async function fileSize(file: string): Promise<number> {
  return stat(file).then((s) => s.size, () => 0);
}

/** State letter from /proc/<pid>/stat ('Z' for a zombie), or null where /proc does not tell. */
export function procState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) || null;
  } catch {
    return null;
  }
}

/** True for a running process; false for an exited one and for a zombie (an init that reaps slowly keeps those around). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procState(pid) !== 'Z';
}

export function isZombie(pid: number): boolean {
  return procState(pid) === 'Z';
}

