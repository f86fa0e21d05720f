import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Apps Script services: only src/gas/ and src/index.ts may name them (DESIGN.md, "a pure core, thin adapters"). */
const appsScriptGlobals = [
  'SpreadsheetApp',
  'DocumentApp',
  'DriveApp',
  'Drive',
  'FormApp',
  'HtmlService',
  'PropertiesService',
  'CacheService',
  'LockService',
  'ScriptApp',
  'MailApp',
  'GmailApp',
  'Session',
  'Utilities',
  'Logger',
  'UrlFetchApp',
  'ContentService',
  'Charts',
  'Browser',
  'CardService',
].map((name) => ({ name, message: 'Apps Script services are used only in src/gas/ (and src/index.ts).' }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.playground/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/gas/**', 'src/index.ts'],
    rules: { 'no-restricted-globals': ['error', ...appsScriptGlobals] },
  },
  {
    files: ['sidebar/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-globals': ['error', ...appsScriptGlobals] },
  },
  prettier,
);
