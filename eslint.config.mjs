import nx from '@nx/eslint-plugin';

// Contracts and shared conventions (logging, config) are for everyone; domain libs compute; agents converse on
// LiveKit; persistence stores and transport moves data. A domain or agents lib that must save something declares a
// port and an app plugs a store in, so only apps combine persistence, transport and agents. The test utilities are
// for test code only (`testCode`), and themselves use only the shared conventions and contracts.
function boundaries({ testCode }) {
  const tests = testCode ? ['type:test-utils'] : [];
  const layer = (sourceTag, tags) => ({ sourceTag, onlyDependOnLibsWithTags: [...tags, ...tests] });
  return [
    'error',
    {
      enforceBuildableLibDependency: true,
      allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
      depConstraints: [
        layer('layer:contracts', ['layer:contracts']),
        layer('layer:shared', ['layer:shared', 'layer:contracts']),
        layer('layer:domain', ['layer:domain', 'layer:shared', 'layer:contracts']),
        layer('layer:agents', ['layer:agents', 'layer:domain', 'layer:shared', 'layer:contracts']),
        layer('layer:persistence', ['layer:persistence', 'layer:shared', 'layer:contracts']),
        layer('layer:transport', ['layer:transport', 'layer:shared', 'layer:contracts']),
        { sourceTag: 'type:test-utils', onlyDependOnLibsWithTags: ['layer:shared', 'layer:contracts'] },
        // Every layer but the test utilities: `notDependOnLibsWithTags` would follow the graph through any lib whose
        // specs use them.
        layer('type:app', ['layer:contracts', 'layer:shared', 'layer:domain', 'layer:agents', 'layer:persistence', 'layer:transport']),
        { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
      ],
    },
  ];
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/test-output'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: { '@nx/enforce-module-boundaries': boundaries({ testCode: false }) },
  },
  {
    // Only specs and their fixtures may use the test utilities: a constraint on tags covers whole projects, so the
    // files that are test code get their own, wider, set.
    files: ['**/*.spec.ts', '**/*.test.ts', '**/*.fixture.ts', '**/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries({ testCode: true }) },
  },
  {
    files: [
      '**/*.ts',
      '**/*.tsx',
      '**/*.cts',
      '**/*.mts',
      '**/*.js',
      '**/*.jsx',
      '**/*.cjs',
      '**/*.mjs',
    ],
    rules: {},
  },
];
