/** The chaos suite (`npm run test:chaos`): kills and restarts processes and the test stores; kept out of `npm test` for its run time. */
import base from './jest.config.js';

const e2e = base.projects.find((p) => p.displayName === 'e2e');

export default {
  projects: [{ ...e2e, displayName: 'chaos', roots: ['<rootDir>/test/chaos'], testMatch: ['**/*.chaos-spec.ts'] }],
};
