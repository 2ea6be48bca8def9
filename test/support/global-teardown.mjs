import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export default async function globalTeardown() {
  const { releaseTestEnvironment } = await import(pathToFileURL(resolve('dist/test/support/test-environment.js')).href);
  await releaseTestEnvironment();
}
