import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers: the pure core imports no app code, storage no screens, and the CLI neither (see README, Project layout).
const APP = ['store', 'ui', 'workspace', 'cli', 'collab', 'server', 'workers'];
const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: forbidden.flatMap((dir) => [`**/${dir}/*`, `**/${dir}/**`]), message: why }] },
    ],
  },
});

// Screens whose words all come from the catalogues (src/ui/i18n): each folder joins when it is translated.
const TRANSLATED = [
  'src/ui/teach/**',
  'src/ui/catalogue-card/**',
  'src/ui/configure/**',
  'src/ui/comments/**',
  'src/ui/collab/**',
  'src/ui/method/**',
  'src/ui/export/**',
  'src/ui/gallery/**',
  'src/ui/evaluation/**',
  'src/ui/findings/**',
  'src/ui/packs/**',
  'src/ui/header/**',
  'src/ui/tour/**',
  'src/ui/glossary/**',
  'src/ui/shortcuts/**',
  'src/ui/palette/**',
  'src/ui/views/**',
  'src/ui/legend/**',
  'src/ui/search/**',
  'src/ui/outline/**',
  'src/ui/notices/**',
  'src/ui/explain/**',
  'src/ui/a11y/**',
  'src/ui/workspace/**',
  'src/ui/App.tsx',
  'src/ui/board/**',
  'src/ui/induce/**',
  'src/ui/inspector/**',
  'src/ui/shell/**',
  'src/ui/canvas/**',
];
const FROM_CATALOGUE =
  'Interface text comes from the catalogues in src/ui/i18n (English, German, Korean), not from the screen.';
const TEXT_ATTRIBUTE = '/^(title|aria-label|placeholder|alt|label)$/';
const translated = (files) => ({
  files,
  rules: {
    'no-restricted-syntax': [
      'error',
      { selector: 'JSXText[value=/[A-Za-z]{2,}/]', message: FROM_CATALOGUE },
      {
        selector: `JSXAttribute[name.name=${TEXT_ATTRIBUTE}] > Literal[value=/[A-Za-z]{2,}/]`,
        message: FROM_CATALOGUE,
      },
      {
        selector: `JSXAttribute[name.name=${TEXT_ATTRIBUTE}] TemplateElement[value.raw=/[A-Za-z]{2,}/]`,
        message: FROM_CATALOGUE,
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'public/**', 'coverage/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer(
    ['src/core/**'],
    APP,
    'core is pure: it runs in Node and the browser, so it imports no store, UI, storage or CLI code.',
  ),
  layer(
    ['src/store/**'],
    ['ui', 'workspace', 'cli', 'collab', 'server'],
    'the store knows only core; screens and storage depend on it, not the other way.',
  ),
  layer(['src/workspace/**'], ['ui', 'cli', 'server'], 'browser storage serves the screens; it must not import them.'),
  layer(['src/cli/**'], ['ui', 'store', 'workspace', 'collab', 'workers'], 'the CLI runs in Node on core alone.'),
  ...(TRANSLATED.length ? [translated(TRANSLATED)] : []),
  {
    // Import tests mutate raw JSON at arbitrary paths on purpose: untyped access is the point there.
    files: ['test/core/io/json.test.ts', 'test/core/io/import-fuzz.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
