/**
 * The Jest setup shared by every library and the worker (the web app adds Next's own on top). TypeScript is compiled
 * by SWC without a type check (`nx typecheck` does that), so a test run costs what the tests cost.
 */
module.exports = {
  testMatch: ['**/?(*.)+(spec|test).?([mc])[jt]s?(x)'],
  // Resolves workspace libraries to their sources through the `@amigo/source` export condition.
  resolver: '@nx/jest/plugins/resolver',
  moduleFileExtensions: ['ts', 'js', 'mts', 'mjs', 'cts', 'cjs', 'json'],
  transform: {
    '^.+\\.[cm]?[tj]s$': [
      '@swc/jest',
      {
        swcrc: false,
        jsc: { target: 'es2022', parser: { syntax: 'typescript' }, keepClassNames: true },
        module: { type: 'es6' },
        sourceMaps: true,
      },
    ],
  },
  testEnvironment: 'node',
  // CI is a busy 2-core machine: starting a Redis or a cluster in a hook can take seconds there. Tests that wait for
  // something wait for events with their own explicit bounds; this only keeps slow set-up from failing a run.
  testTimeout: 60_000,
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/out-tsc/'],
  testEnvironmentOptions: { customExportConditions: ['node', 'require', 'default'] },
  coverageReporters: ['html'],
};
