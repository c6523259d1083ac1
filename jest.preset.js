// Shared jest settings for every workspace: swc compiles TypeScript with legacy decorators and
// their metadata (type-graphql, MikroORM), and workspace packages resolve to their sources, so
// tests need no build and each class exists once.
const { join } = require('node:path');

const root = __dirname;
const registry = require('./subgraphs/registry.json');

module.exports = function jestConfig(workspaceDir) {
  return {
    rootDir: workspaceDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: 'es2022',
          },
          module: { type: 'commonjs' },
          sourceMaps: 'inline',
        },
      ],
    },
    moduleNameMapper: {
      '^@mpp/kit$': join(root, 'packages/kit/src/index.ts'),
      '^@mpp/kit/subgraph$': join(root, 'packages/kit/src/subgraph.ts'),
      '^@mpp/kit/testing$': join(root, 'packages/kit/src/testing/index.ts'),
      '^@mpp/gateway$': join(root, 'gateway/src/index.ts'),
      // Every registered subgraph's package, by its name (subgraphs/registry.json).
      ...Object.fromEntries(registry.subgraphs.map(({ name, workspace }) => [`^@mpp/${name}$`, join(root, workspace, 'src/index.ts')])),
    },
    testTimeout: 120000,
    maxWorkers: 2,
  };
};
