/** Three tiers: unit specs beside the code, integration and e2e under test/; browser tests drive the built web app in Chromium. */
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, keepClassNames: true }, module: { type: 'es6' } }];
const moduleNameMapper = {
  '^#(domain|persistence|lines|auth|config|privacy|operations)$': '<rootDir>/libs/$1/src/index.ts',
  // The web app reads the pure rules of libs/domain through this alias (apps/web/vite.config.ts).
  '^@domain/(.*)\\.js$': '<rootDir>/libs/domain/src/$1.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};
/** The projects that start hubs and workers as processes: none outlives its test file. */
const processes = { testEnvironment: '<rootDir>/test/support/app-process-environment.mjs' };
const common = { extensionsToTreatAsEsm: ['.ts'], transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node' };

export default {
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/infra'], testMatch: ['**/*.spec.ts'] },
    { ...common, displayName: 'integration', roots: ['<rootDir>/test/integration'], testMatch: ['**/*.int-spec.ts'], globalSetup: '<rootDir>/test/support/global-setup.mjs', globalTeardown: '<rootDir>/test/support/global-teardown.mjs' },
    { ...common, displayName: 'e2e', roots: ['<rootDir>/test/e2e'], testMatch: ['**/*.e2e-spec.ts'], ...processes, globalSetup: '<rootDir>/test/support/global-setup.mjs', globalTeardown: '<rootDir>/test/support/global-teardown.mjs' },
    { ...common, displayName: 'browser', roots: ['<rootDir>/test/browser'], testMatch: ['**/*.e2e-spec.ts'], ...processes, globalSetup: '<rootDir>/test/support/global-setup.mjs', globalTeardown: '<rootDir>/test/support/global-teardown.mjs' },
  ],
};
