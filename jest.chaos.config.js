/**
 * The chaos suite (`npm run test:chaos`, and the last step of `npm test`): kills and restarts processes and the test
 * stores, so it runs on its own, after every other test file.
 */
import base from './jest.config.js';

const e2e = base.projects.find((p) => p.displayName === 'e2e');

export default {
  projects: [{ ...e2e, displayName: 'chaos', roots: ['<rootDir>/test/chaos'], testMatch: ['**/*.chaos-spec.ts'] }],
};
