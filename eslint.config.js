import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

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
    // The layers point one way: base ← lang ← engine ← {render, adapters} ← {action, cli}.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/extensions': ['.ts'], 'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] }, 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', {
        zones: [
          { target: './src/base', from: './src', except: ['./base'], message: 'src/base is the leaf: it imports nothing from src/.' },
          { target: './src/lang', from: ['./src/engine', './src/action', './src/render', './src/adapters', './src/cli'], message: 'src/lang imports only src/base.' },
          { target: './src/engine', from: ['./src/action', './src/render', './src/adapters', './src/cli'], message: 'src/engine imports only lang and base; the world comes through its ports.' },
          { target: './src/render', from: ['./src/action', './src/adapters', './src/cli'], message: 'renderers are pure functions of engine outputs.' },
        ],
      }],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/lang/**/*.ts', 'src/base/**/*.ts'],
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
