/** Child processes for the set-up scripts: always an explicit argument vector, never a shell. */
import { execFile } from 'node:child_process';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export type RunCommand = (cmd: string, args: readonly string[], options?: RunOptions) => Promise<RunResult>;

/** Runs a command without a shell; never throws for a non-zero exit (only for spawn errors such as ENOENT). */
export const run: RunCommand = (cmd, args, options = {}) =>
  new Promise((resolvePromise, reject) => {
    execFile(
      cmd,
      args,
      {
        cwd: '/',
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 0,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error && typeof (error as NodeJS.ErrnoException).code === 'string') {
          reject(error);
          return;
        }
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolvePromise({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });

export function tail(text: string, lines = 15): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** The error for a command that exited non-zero, with the end of its output. */
export function commandFailed(cmd: string, args: readonly string[], result: RunResult): Error {
  const output = tail(`${result.stdout}\n${result.stderr}`);
  return new Error(`${cmd} ${args.join(' ')} exited with ${result.code}${output ? `:\n${output}` : ''}`);
}

export async function runOk(cmd: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const result = await run(cmd, args, options);
  if (result.code !== 0) throw commandFailed(cmd, args, result);
  return result;
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}
