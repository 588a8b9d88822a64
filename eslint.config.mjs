import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/test-output'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          // Contracts and shared conventions (logging, config) are for everyone; domain libs compute; agents converse
          // on LiveKit; persistence stores and transport moves data. A domain or agents lib that must save something
          // declares a port and an app plugs a store in, so only apps combine persistence, transport and agents.
          depConstraints: [
            { sourceTag: 'layer:contracts', onlyDependOnLibsWithTags: ['layer:contracts'] },
            { sourceTag: 'layer:shared', onlyDependOnLibsWithTags: ['layer:shared', 'layer:contracts'] },
            { sourceTag: 'layer:domain', onlyDependOnLibsWithTags: ['layer:domain', 'layer:shared', 'layer:contracts'] },
            {
              sourceTag: 'layer:agents',
              onlyDependOnLibsWithTags: ['layer:agents', 'layer:domain', 'layer:shared', 'layer:contracts'],
            },
            {
              sourceTag: 'layer:persistence',
              onlyDependOnLibsWithTags: ['layer:persistence', 'layer:shared', 'layer:contracts'],
            },
            {
              sourceTag: 'layer:transport',
              onlyDependOnLibsWithTags: ['layer:transport', 'layer:shared', 'layer:contracts'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['*'],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['*'],
            },
          ],
        },
      ],
    },
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
