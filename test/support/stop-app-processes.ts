import { afterAll } from '@jest/globals';
import { AppProcess } from './app-processes.js';

// jest's setupFilesAfterEnv for the projects that start processes: no hub or worker outlives its test file.
// This hook runs before the file's own afterAll, whose stop() then finds its processes already stopped.
afterAll(() => AppProcess.stopAll());
