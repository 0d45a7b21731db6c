import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const enginePurity = {
  paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process'].map((name) => ({
    name,
    message: 'src/engine is pure: reach the world through its ports (Storage, SourceFiles, GraphEngine, Clock, Ids, Logger).',
  })),
  patterns: [
    { group: ['@actions/*', '@actions/**'], message: 'src/engine must not know GitHub: only src/action may import @actions/*.' },
    { group: ['@octokit/*', '@octokit/**'], message: 'src/engine must not know GitHub: only src/action may use Octokit.' },
    { group: ['**/action/**', '**/adapters/**', '**/render/**', '**/cli/**'], message: 'dependencies point inward: engine imports no shell code.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/lang/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', enginePurity] },
  },
  {
    files: ['src/render/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({ name, message: 'renderers are pure' })),
        patterns: [{ group: ['@actions/*', '**/action/**', '**/adapters/**'], message: 'renderers are pure functions of engine outputs' }],
      }],
    },
  },
);
