import { describe, expect, it } from '@jest/globals';
import { defaultHubProcesses } from './hub-processes.js';

describe('default number of hub processes of npm start', () => {
  it('is one per core, leaving a core to Postgres, Redis and the worker when they run on the same machine', () => {
    expect([1, 2, 4, 16].map((cores) => defaultHubProcesses(cores, false))).toEqual([1, 2, 4, 16]);
    expect([1, 2, 4, 16].map((cores) => defaultHubProcesses(cores, true))).toEqual([1, 1, 3, 15]);
  });
});
