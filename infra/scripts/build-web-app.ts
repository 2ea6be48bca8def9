import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** Builds apps/web with Vite into apps/web/dist, where the hub serves it from (about 3 s). */
export async function buildWebApp(root = process.cwd()): Promise<void> {
  const vite = resolve(root, 'node_modules/vite/bin/vite.js');
  await new Promise<void>((done, fail) => {
    let output = '';
    const child = spawn(process.execPath, [vite, 'build', '--config', resolve(root, 'apps/web/vite.config.ts'), '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build failed (${code}):\n${output}`))));
  });
}
