// Runs outside jest's module system, so it loads the compiled support code (`npm test` builds first).
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export default async function globalSetup() {
  const { prepareTestEnvironment } = await import(pathToFileURL(resolve('dist/test/support/test-environment.js')).href);
  await prepareTestEnvironment();
}
