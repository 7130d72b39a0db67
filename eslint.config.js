// ESLint with the Lit and Web Components rules on top of typescript-eslint's recommended set.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'storybook-static/',
      'node_modules/',
      'src/generated/',
      'custom-elements.json',
      'web-types.json',
      'vscode.html-custom-data.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The Lit and Web Components rules are for the widgets; src/cli/ is Node code.
  { ...lit.configs['flat/recommended'], ignores: ['src/cli/**'] },
  { ...wc.configs['flat/recommended'], ignores: ['src/cli/**'] },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Feed text is text: these would let data become markup or code.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Feed text is text: never render it as HTML.' },
            // @lit/localize's msg() speaks one language for the whole page and is the host app's to configure.
            {
              name: '@lit/localize',
              message:
                "Use msg and str from src/i18n/messages.ts: each widget speaks its own language, and a host app's @lit/localize stays its own.",
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Feed text is text: use Lit templates.' },
        { property: 'outerHTML', message: 'Feed text is text.' },
        { property: 'insertAdjacentHTML', message: 'Feed text is text.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'wc/guard-super-call': 'off',
    },
  },
  // Type-aware rules (typescript-eslint reads each file's tsconfig): a promise nobody awaits loses its
  // errors, and `any` switches type checking off for everything it touches.
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ignores: ['test/package/apps/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // @open-wc/semantic-dom-diff types every chai `equal` as a promise (for its `.dom` diffs, which no test uses).
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
    },
  },
  {
    files: ['test/**', 'stories/**', 'bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests play a host app with its own @lit/localize.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Feed text is text: never render it as HTML.' }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'bin/**', '*.config.*', '.storybook/**', 'test/cli/**', 'test/package/*.mjs', 'src/cli/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
