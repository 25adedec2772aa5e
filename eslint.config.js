import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const nodeModules = nodeBuiltins.map(escape).join('|');

/**
 * Allow-list layer rule (DESIGN.md: renderer → core; electron, cli → services → core): a folder may
 * import only the packages it names, and relative paths that stay out of the layers it must not reach.
 */
function layerRule({ packages, forbiddenFolders, message }) {
  const allowed = packages.join('|');
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { regex: `^(?!\\.{1,2}/|(?:${allowed})$)`, message },
          { regex: `(^|/)(${forbiddenFolders.join('|')})(/|$)`, message },
        ],
      },
    ],
  };
}

const tiptap = ['@tiptap/core', '@tiptap/pm/[a-z-]+', '@tiptap/starter-kit', '@tiptap/extension-[a-z-]+'];
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'history'];

export default tseslint.config(
  { ignores: ['dist/', 'release/', '.tsbuild/', 'node_modules/', 'test-results/', 'playwright-report/', '**/*.tmp.*'] },
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
      ...layerRule({
        // hunspell-asm is Hunspell in WebAssembly: pure computation over dictionary bytes passed in.
        // linkifyjs is what TipTap's autolink finds links with: the same test decides which typed addresses may be links.
        packages: ['zod', 'diff', 'schema-dts', 'stemmer', 'hunspell-asm', 'linkifyjs', ...tiptap],
        forbiddenFolders: ['services', 'electron', 'cli', 'renderer'],
        message: 'core is pure TypeScript: no I/O, Node, DOM, Electron or React, and no other layer.',
      }),
      'no-restricted-globals': ['error', ...domGlobals, 'process', 'Buffer', 'require', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'],
    },
  },
  {
    files: ['services/**/*.ts'],
    rules: {
      ...layerRule({
        packages: [nodeModules, 'zod', 'conf', 'happy-dom', 'mammoth', 'marked', 'proper-lockfile', 'diff', 'stemmer', 'pouchdb', ...tiptap],
        forbiddenFolders: ['electron', 'cli', 'renderer'],
        message: 'services run on Node without Electron or the UI.',
      }),
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      ...layerRule({ packages: [nodeModules], forbiddenFolders: ['electron', 'renderer'], message: 'the CLI uses services and core only.' }),
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      ...layerRule({ packages: [nodeModules, 'electron', 'electron-store'], forbiddenFolders: ['cli', 'renderer'], message: 'the Electron shell uses electron, services and core only.' }),
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...layerRule({
        packages: ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client', '@tanstack/react-virtual', '@tiptap/react', '@tiptap/react/menus', '@fontsource/[a-z-]+/.+', 'zod', ...tiptap],
        forbiddenFolders: ['services', 'electron', 'cli'],
        message: 'the renderer uses the DOM, React, TipTap and core, and talks to the back end only through the typed API client.',
      }),
      ...reactHooks.configs.recommended.rules,
    },
  },
);
