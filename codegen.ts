import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the composed API schema (gateway/api-schema.graphql), for the two
 * clients in this repository: the CMS's `.graphql` documents (admin/src) and the tests'
 * `graphql(...)` documents. A renamed or removed field fails the type check instead of a
 * frontend. The outputs are committed; tests/src/codegen.spec.ts fails when one is stale.
 */
const typeConfig = {
  enumsAsTypes: true,
  useTypeImports: true,
  scalars: { DateTime: 'string', Date: 'string' },
};

const config: CodegenConfig = {
  schema: 'gateway/api-schema.graphql',
  generates: {
    'admin/src/generated/': {
      documents: ['admin/src/**/*.graphql'],
      preset: 'client',
      // Documents as plain strings with their types: the CMS sends them with fetch, no GraphQL client library.
      presetConfig: { fragmentMasking: false },
      config: { ...typeConfig, documentMode: 'string' },
    },
    'tests/src/generated/': {
      documents: ['tests/src/**/*.ts', '!tests/src/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: typeConfig,
    },
  },
  ignoreNoDocuments: true,
};

export default config;
