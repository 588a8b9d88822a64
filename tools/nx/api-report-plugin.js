// Gives every project with an api-extractor.json an `api-report` target: API Extractor compares the public API of
// the built declarations with the committed report in `api/`, and fails when they differ. After an intended API
// change, `npx nx run <project>:api-report --local` rewrites the report for review and commit.
const { dirname } = require('node:path');

module.exports.createNodesV2 = [
  '**/api-extractor.json',
  async (configFiles) =>
    configFiles.map((file) => {
      const root = dirname(file);
      return [
        file,
        {
          projects: {
            [root]: {
              targets: {
                'api-report': {
                  command: 'api-extractor run --config api-extractor.json',
                  options: { cwd: root },
                  cache: true,
                  dependsOn: ['build'],
                  inputs: [
                    'production',
                    '^production',
                    '{projectRoot}/api/**/*',
                    '{workspaceRoot}/api-extractor.base.json',
                    { externalDependencies: ['@microsoft/api-extractor'] },
                  ],
                  outputs: [],
                },
              },
            },
          },
        },
      ];
    }),
];
