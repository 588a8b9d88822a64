module.exports = {
  displayName: 'agent-worker',
  preset: '../../jest.preset.js',
  // Node's, unref'ing the time-outs LiveKit's voice sessions leave pending (see the file for why).
  testEnvironment: '<rootDir>/../../jest.voice-session-environment.cjs',
  coverageDirectory: 'test-output/jest/coverage',
};
