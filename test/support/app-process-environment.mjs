import { TestEnvironment } from 'jest-environment-node';

/**
 * jest's environment for the projects that start hubs and workers as processes. After a test file and all its
 * hooks, it kills what the file left running (a test that timed out while starting a process leaves it on the test
 * stores, where it would take the next file's jobs). `AppProcess` lists its children on the file's global.
 */
export default class AppProcessEnvironment extends TestEnvironment {
  async teardown() {
    for (const child of this.global.__appProcesses ?? []) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await super.teardown();
  }
}
