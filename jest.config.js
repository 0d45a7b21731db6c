/** ESM jest: @actions/* are ESM-only, so tests run as native modules (see docs/architecture.md#test-seams). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 60000,
  // Two workers on the 2-core CI machine: many suites mostly wait on child processes (the bundled
  // CLI and action, the stand-in binary, S3 and GitHub fakes), so the pair overlaps (about 330 s -> 180 s).
  maxWorkers: 2,
};
