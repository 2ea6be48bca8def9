import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const hub = process.env.HUB_URL ?? 'http://127.0.0.1:3000';

/**
 * No React plugin: Vite 8's built-in oxc transform compiles TSX with the automatic runtime.
 * Without react-refresh, an edit reloads the page in dev instead of swapping the component in place.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Inside the checkout, not in node_modules, which worktrees may share.
  cacheDir: fileURLToPath(new URL('../../.data/vite', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic' } },
  // Pure rules shared with the hub, one implementation: the free-text detector (libs/domain has no Nest or Node imports).
  resolve: { alias: { '@domain': fileURLToPath(new URL('../../libs/domain/src', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: hub, ws: true, changeOrigin: true } },
  },
});
