// ESLint for every workspace, with typescript-eslint's type-aware rules: run by `npm run lint`,
// which `npm test` (and so CI) runs first. Findings are fixed, not silenced.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/.turbo/**', 'tests/src/generated/**', 'admin/src/generated/**', 'tests/.registry-probe-*/**', '.data/**'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['codegen.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Names starting with an underscore are deliberately unused (a destructured field left out).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // A TypeScript mixin's constructor must take `...args: any[]`; any other `any` is refused.
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      // Promises must be awaited or handled; a bare call is a forgotten await.
      '@typescript-eslint/no-floating-promises': 'error',
      // Framework interfaces (Apollo plugin hooks, a seed's isNeeded) are async by contract
      // whether or not a given implementation awaits anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Specs (and their support) read GraphQL answers, whose shapes the assertions themselves check.
    files: ['**/*.spec.ts', 'tests/src/**/*.ts', 'packages/kit/src/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', AbortSignal: 'readonly', setTimeout: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
  },
);
