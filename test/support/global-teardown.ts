import { releaseTestEnvironment } from './test-environment.js';

export default async function globalTeardown(): Promise<void> {
  await releaseTestEnvironment();
}
