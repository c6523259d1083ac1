import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the composed API schema (gateway/api-schema.graphql): every
 * `graphql(...)` document in tests/ gets its result and variable types, so a renamed or
 * removed field fails the type check instead of a frontend.
 */
const config: CodegenConfig = {
  schema: 'gateway/api-schema.graphql',
  documents: ['tests/src/**/*.ts', '!tests/src/generated/**'],
  generates: {
    'tests/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
  ignoreNoDocuments: true,
};

export default config;
