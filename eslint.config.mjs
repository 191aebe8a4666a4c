// ESLint 9 flat config. Starts from what Strapi's own packages use (@strapi/eslint-config's
// typescript-eslint and react-hooks rules, with the overrides of strapi/strapi's
// eslint-config-custom back/front typescript configs) without airbnb's stylistic rules: formatting
// is Prettier's job (.prettierrc, Strapi's monorepo settings), so eslint-config-prettier comes last.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'build/**',
      '.tmp/**',
      '.cache/**',
      '.strapi/**',
      'coverage/**',
      'test-results/**',
      'types/generated/**',
      'public/uploads/**',
      'src/extensions/documentation/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      // Strapi's back-end config turns this off: plugin code talks to Strapi's loosely typed
      // registries (strapi.documents(uid as any), ctx.query); ~200 uses, each a boundary, not a bug.
      '@typescript-eslint/no-explicit-any': 'off',
      // Unused arguments are part of callback signatures (Koa, document middlewares); names
      // starting with _ and rest siblings (omitting a key) are deliberate.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // An empty catch with a comment saying why (best-effort clean-up, "not listening yet") is intended.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // The admin panel and the reader page run in the browser.
    files: ['plugins/editorial/admin/**/*.{ts,tsx}', 'public/reader/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['plugins/editorial/admin/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // CommonJS files (Strapi config written in JS, test helpers started as child processes).
    files: ['**/*.cjs', 'tests/helpers/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }, // require() is their module system
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
  prettier,
);
