// Three projects: unit tests of pure modules (beside the code), API tests against a
// real Strapi (tests/api), browser tests in Debian's Chromium (tests/browser).
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } }];

module.exports = {
  // Jest 29 reads testTimeout only at the top level (the per-project values are ignored).
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/plugins/editorial/server/src/**/*.test.ts', '<rootDir>/plugins/editorial/shared/**/*.test.ts', '<rootDir>/scripts/**/*.test.ts'],
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      testTimeout: 60000,
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      testTimeout: 120000,
    },
  ],
};
