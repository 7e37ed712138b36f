import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never render markup from strings; use Lit templates.' },
        { property: 'outerHTML', message: 'Never render markup from strings; use Lit templates.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'd3', message: 'Import the d3 sub-package you need.' }] }],
    },
  },
  {
    files: ['src/model/**', 'src/layout/**'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'HTMLElement', 'customElements'],
    },
  },
  {
    files: ['test/**', 'stories/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-properties': 'off',
    },
  },
);
