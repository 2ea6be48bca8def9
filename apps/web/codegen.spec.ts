import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';

describe('apps/web/src/gql', () => {
  it('is what GraphQL Code Generator makes of schema.graphql and the operations (run the web codegen after changing either)', () => {
    // The CLI loads its presets with require(), which jest's ESM sandbox cannot do, so it runs as its own process.
    const cli = realpathSync(resolve('node_modules/.bin/graphql-codegen'));
    const run = spawnSync(process.execPath, [cli, '--config', 'apps/web/codegen.ts', '--check'], { encoding: 'utf8' });
    expect({ status: run.status, stale: run.stdout.match(/^\s+- .*$/gm) ?? [] }).toEqual({ status: 0, stale: [] });
  }, 30_000);
});
