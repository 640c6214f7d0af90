// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint: ESLint's and typescript-eslint's recommended rules, without type information (fast, and no
 * tsconfig to keep in step). Formatting is Prettier's alone (.prettierrc.json); nothing here styles.
 */
export default defineConfig(
  {
    // apps/web/src/gql is written by `npm run codegen` (test/web/codegen.spec.ts keeps it current).
    ignores: [
      'dist/',
      'coverage/',
      'data/',
      'test/artifacts/',
      'bench/results/',
      'bench/.data/',
      'reports/',
      'apps/web/src/gql/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names mark what is left out on purpose (`const { signature: _signature, ...body }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `seen.has(x) || frontier.push(x)` as a statement is an idiom here; a bare comparison is still caught.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true }],
    },
  },
  {
    // Tests read GraphQL answers as untyped JSON.
    files: ['test/**/*.ts', '**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/*.soak-spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Stripping and refusing control characters is what the identifier and free-text rules are for.
    files: ['libs/core/src/kernel/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // The web app: TypeScript and TSX for the browser, bundled by Vite.
    files: ['apps/web/**/*.{ts,tsx,mts}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Jest's configuration files, the tests' require hook and the mutation tools are CommonJS, read by Node.
    files: ['*.js', '**/*.cjs', 'tools/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Stryker's configuration is an ES module read by Node.
    files: ['tools/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
