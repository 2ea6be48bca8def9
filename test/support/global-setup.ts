import { prepareTestEnvironment } from './test-environment.js';

export default async function globalSetup(): Promise<void> {
  await prepareTestEnvironment();
}
