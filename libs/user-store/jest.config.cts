const { readFileSync } = require('fs');

// Reading the SWC compilation config for the spec files
const swcJestConfig = JSON.parse(
  readFileSync(`${__dirname}/.spec.swcrc`, 'utf-8'),
);

// Disable .swcrc look-up by SWC core because we're passing in swcJestConfig ourselves
swcJestConfig.swcrc = false;

module.exports = {
  displayName: 'user-store',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  // Resolve workspace libs to their sources: tests then never read a dist/ that another task is rebuilding.
  testEnvironmentOptions: { customExportConditions: ['@amigo/source', 'node', 'require', 'default'] },
  transform: {
    '^.+\\.[tj]s$': ['@swc/jest', swcJestConfig],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: 'test-output/jest/coverage',
};
