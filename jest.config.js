// Four projects: unit tests of pure modules (beside the code), API tests against a
// real Strapi (tests/api), several instances and faults (tests/cluster), browser tests in
// Debian's Chromium (tests/browser).
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } },
];

// linkedom's dependencies ship ES modules only (Node requires them natively; Jest needs them transformed).
const esmOnly = [
  '^(?!.*/node_modules/(linkedom|css-select|css-what|domhandler|domutils|dom-serializer|domelementtype|entities|htmlparser2|nth-check|boolbase|html-escaper|uhyphen|cssomnom)/).*/node_modules/',
];

module.exports = {
  // Jest 29 reads testTimeout only at the top level (the per-project values are ignored).
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      transformIgnorePatterns: esmOnly,
      testMatch: [
        '<rootDir>/plugins/editorial/server/src/**/*.test.ts',
        '<rootDir>/plugins/editorial/shared/**/*.test.ts',
        '<rootDir>/scripts/**/*.test.ts',
      ],
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      transformIgnorePatterns: esmOnly,
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      testTimeout: 60000,
    },
    {
      // Several Strapi instances in child processes on PostgreSQL and Redis, and faults (SIGKILL,
      // database restart). Run in band: each suite starts its own instances and database.
      displayName: 'cluster',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      transformIgnorePatterns: esmOnly,
      testMatch: ['<rootDir>/tests/cluster/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc },
      transformIgnorePatterns: esmOnly,
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/browser-global-setup.ts',
      testTimeout: 120000,
    },
  ],
};
