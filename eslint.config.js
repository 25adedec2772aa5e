import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Forbids imports from the layers a folder must not reach (DESIGN.md: renderer → core; electron, cli → services → core). */
function layerRule(forbiddenFolders, forbiddenPackages, message) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: forbiddenPackages.map((name) => ({ name, message })),
        patterns: [
          { regex: `(^|/)(${forbiddenFolders.join('|')})(/|$)`, message },
          ...(forbiddenPackages.includes('electron') ? [{ regex: '^electron(/|$)', message }] : []),
        ],
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'release/', '.tsbuild/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...layerRule(
        ['services', 'electron', 'cli', 'renderer'],
        [...nodeBuiltins, 'electron', 'react', 'react-dom', '@tiptap/react', 'conf', 'electron-store'],
        'core is pure TypeScript: no Node, DOM, Electron or React, and no other layer.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['services/**/*.ts'],
    rules: layerRule(['electron', 'cli', 'renderer'], ['electron', 'electron-store', 'react', 'react-dom'], 'services run on Node without Electron or the UI.'),
  },
  {
    files: ['cli/**/*.ts'],
    rules: layerRule(['electron', 'renderer'], ['electron', 'electron-store'], 'the CLI uses services and core only.'),
  },
  {
    files: ['electron/**/*.ts'],
    rules: layerRule(['cli', 'renderer'], [], 'the Electron shell uses services and core only.'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: layerRule(
      ['services', 'electron', 'cli'],
      [...nodeBuiltins, 'electron', 'electron-store', 'conf'],
      'the renderer talks to the back end only through the typed API client.',
    ),
  },
);
