import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'demo-dist/', 'coverage/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-eval': 'error'
    }
  },
  {
    files: ['components/**/*.ts', 'demo/**/*.ts'],
    plugins: { wc, lit },
    rules: {
      ...wc.configs['flat/recommended'].rules,
      ...wc.configs['flat/best-practice'].rules,
      ...lit.configs['flat/recommended'].rules
    }
  },
  {
    // Shipped code may not write to the console: nothing personal may ever reach it.
    files: ['src/**/*.ts', 'components/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-console': ['error', { allow: ['warn'] }] }
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**', '.ci/**'],
    languageOptions: { globals: globals.node }
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' }
  }
);
