// Lint, and the boundaries of DESIGN.md: shared/ is platform-free, the renderer
// never touches Node or Electron, and the core never imports Electron or React.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const rule = (names, message) => ({ group: names, message });

/** Node's modules by exact name: as patterns, "domain" would also match ../shared/domain. */
const NODE_MESSAGE = 'Node modules belong in electron/core, electron/server or electron/cli.';
const NODE_PATHS = builtinModules.map((name) => ({ name, message: NODE_MESSAGE }));
const NODE = rule(['node:*'], NODE_MESSAGE);
const ELECTRON = rule(['electron', 'electron/*'], 'Only electron/main and electron/preload may import Electron.');
const NATIVE = rule(['better-sqlite3'], 'The database belongs to electron/core/library.');
const UI = rule(['react', 'react/*', 'react-dom', 'react-dom/*', 'lexical', '@lexical/*'], 'UI libraries belong in renderer/.');
const PLATFORM_CODE = rule(['**/electron/**', '**/renderer/**'], 'shared/ must not depend on either side.');
const APP_CODE = rule(['**/electron/**'], 'The renderer reaches the core only through the API client.');
const RENDERER_CODE = rule(['**/renderer/**'], 'The core knows nothing of the renderer.');

const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement'].map((name) => ({
  name,
  message: 'shared/ runs in Node too: no DOM.',
}));

const restrict = (...patterns) => {
  const paths = patterns.includes(NODE) ? NODE_PATHS : [];
  return ['error', { paths, patterns }];
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', '**/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', 'bench/**/*.mjs', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': restrict(NODE, ELECTRON, NATIVE, UI, PLATFORM_CODE),
      'no-restricted-globals': ['error', ...DOM_GLOBALS, { name: 'process', message: 'shared/ runs in the browser too: no Node globals.' }, { name: 'Buffer', message: 'shared/ runs in the browser too: no Node globals.' }],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': restrict(NODE, ELECTRON, NATIVE, APP_CODE),
      'no-restricted-globals': ['error', { name: 'process', message: 'The renderer has no Node.' }, { name: 'require', message: 'The renderer has no Node.' }, { name: 'Buffer', message: 'The renderer has no Node.' }],
    },
  },
  {
    files: ['electron/core/**', 'electron/server/**', 'electron/cli/**'],
    rules: { 'no-restricted-imports': restrict(ELECTRON, UI, RENDERER_CODE) },
  },
  {
    files: ['electron/preload/**'],
    rules: { 'no-restricted-imports': restrict(NODE, NATIVE, UI, RENDERER_CODE, rule(['zod', '**/shared/contract', '**/electron/core/**'], 'The sandboxed preload bundles only the method names.')) },
  },
);
