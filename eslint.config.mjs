import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of the architecture (README, «How the code is laid out»), enforced with ESLint's own rules:
 * - src/domain/ imports only the domain and zod; src/app/ adds src/ports/ and never src/gas/; src/ports/ is types
 *   only, from the domain; sidebar/ takes only types from src/; emulator/ imports nothing outside itself;
 * - Apps Script services only in src/gas/ and src/index.ts; no `process`, DOM or timers anywhere in src/; the clock
 *   only in the clock adapter; src/index.ts only re-exports src/gas/.
 * test/build/layers.test.ts shows each rule catching a violation.
 */

/** Apps Script services: only src/gas/ and src/index.ts may name them. */
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
].map((name) => ({
  name,
  message:
    'Apps Script services are used only in src/gas/ (and src/index.ts): reach them through a port of src/ports/.',
}));

/** What Apps Script does not have, so no code of src/ may name it: Node's process, a browser's DOM, timers. */
const platformGlobals = [
  ...['process', 'Buffer', 'global', '__dirname', '__filename'].map((name) => ({
    name,
    message:
      'src/ runs on Apps Script, which has no Node: take settings as parameters or from the Properties port.',
  })),
  ...[
    'window',
    'self',
    'document',
    'navigator',
    'location',
    'history',
    'localStorage',
    'sessionStorage',
    'indexedDB',
    'fetch',
    'XMLHttpRequest',
    'alert',
    'confirm',
    'prompt',
    'customElements',
    'getComputedStyle',
    'matchMedia',
  ].map((name) => ({
    name,
    message:
      'src/ runs on Apps Script, which has no DOM: page code lives in sidebar/, and the server talks to it through src/index.ts.',
  })),
  ...[
    'setTimeout',
    'setInterval',
    'setImmediate',
    'queueMicrotask',
    'clearTimeout',
    'clearInterval',
    'clearImmediate',
    'requestAnimationFrame',
    'requestIdleCallback',
  ].map((name) => ({
    name,
    message:
      'src/ uses no timers (Apps Script has none): do the work in the call, or wait with the Lock port.',
  })),
  {
    name: 'performance',
    message:
      'Only the clock adapter reads the clock: take `now` as a parameter (`services.clock.now()` in a use case).',
  },
];

/** The pure layers (domain, app, ports) also may not reach globals sideways. */
const pureGlobals = [
  ...appsScriptGlobals,
  ...platformGlobals,
  {
    name: 'globalThis',
    message:
      'The domain and the use cases take what they need as parameters or ports, never from globalThis.',
  },
];

/** The only file that reads the clock. */
const CLOCK_ADAPTER = 'src/gas/platform/system-clock.ts';

/** `new Date()`, `Date()` and `Date.now()`: reading the clock; `new Date(value)` only converts and is fine. */
const clockSyntax = [
  "NewExpression[callee.name='Date'][arguments.length=0]",
  "CallExpression[callee.name='Date']",
  "CallExpression[callee.object.name='Date'][callee.property.name='now']",
].map((selector) => ({
  selector,
  message: `Only the clock adapter (${CLOCK_ADAPTER}) reads the clock: take \`now\` as a parameter (\`services.clock.now()\` in a use case); \`new Date(value)\` is fine.`,
}));

/** A port is an interface: no value of its own. */
const typesOnlySyntax = [
  {
    selector:
      ':matches(VariableDeclaration, FunctionDeclaration, ClassDeclaration, TSEnumDeclaration, ExportDefaultDeclaration)',
    message:
      'src/ports/ holds types only (interfaces): put the code in src/app/ (or the adapter in src/gas/).',
  },
];

/** src/index.ts re-exports the endpoints of src/gas/ and holds nothing else (build.mjs stubs each export). */
const reexportOnlySyntax = [
  {
    selector: 'Program > :not(ExportNamedDeclaration[source.value=/^\\.\\/gas\\//])',
    message:
      "src/index.ts only re-exports endpoints: write the code in src/gas/<feature>/ and add `export { name } from './gas/…'`.",
  },
];

/** The deepest folder level the import rules are written out for (src/domain/registry/rules/ is 2). */
const MAX_DEPTH = 6;

/**
 * `no-restricted-imports` sees the import string, not the file it names, so «leaves the folder» is spelled per
 * depth: a file `depth` folders below its layer's folder leaves it with `depth + 1` leading `../`.
 */
const leaves = (depth) => `^(\\.\\./){${depth + 1}}`;

/**
 * One config block per depth under `dir` (files ending in `suffix`), each with the import patterns `patterns(depth)`,
 * and a block that fails files deeper than MAX_DEPTH, so no file goes unchecked.
 */
function importRules(dir, patterns, suffix = '.ts') {
  const rule = (p) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns: p }] });
  return [
    ...Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
      files: [`${dir}/${'*/'.repeat(depth)}*${suffix}`],
      rules: rule(patterns(depth).map((p) => ({ caseSensitive: true, ...p }))),
    })),
    {
      files: [`${dir}/${'*/'.repeat(MAX_DEPTH + 1)}**/*${suffix}`],
      rules: rule([
        {
          regex: '^\\.\\./',
          message: `Folders deeper than ${MAX_DEPTH} levels are not layer-checked: raise MAX_DEPTH in eslint.config.mjs.`,
        },
      ]),
    },
  ];
}

/** npm packages other than zod. */
const NOT_ZOD = '^(?!\\.|zod(/|$))';

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

  // Globals: Apps Script only in src/gas/ and src/index.ts; Node, DOM and timers nowhere in src/.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/gas/**', 'src/index.ts'],
    rules: { 'no-restricted-globals': ['error', ...pureGlobals] },
  },
  {
    files: ['src/gas/**/*.ts', 'src/index.ts'],
    rules: { 'no-restricted-globals': ['error', ...platformGlobals] },
  },

  // Syntax: the clock only in its adapter; ports are types; src/index.ts re-exports.
  {
    files: ['src/**/*.ts'],
    ignores: [CLOCK_ADAPTER],
    rules: { 'no-restricted-syntax': ['error', ...clockSyntax] },
  },
  {
    files: ['src/ports/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...clockSyntax, ...typesOnlySyntax] },
  },
  {
    files: ['src/index.ts'],
    rules: { 'no-restricted-syntax': ['error', ...reexportOnlySyntax] },
  },

  // Imports between layers.
  ...importRules('src/domain', (depth) => [
    {
      regex: leaves(depth),
      message:
        'The domain imports only the domain: take what it needs as parameters, or move the code to src/app/.',
    },
    { regex: NOT_ZOD, message: 'The domain imports no npm package but zod: keep it pure TypeScript.' },
  ]),
  // The Russian-language module alone wraps its two pure libraries (src/domain/russian/README.md).
  {
    files: ['src/domain/russian/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: leaves(1), caseSensitive: true, message: 'The domain imports only the domain.' },
            {
              regex: '^(?!\\.|(zod|lvovich|date-fns)(/|$))',
              caseSensitive: true,
              message: 'src/domain/russian/ imports no npm package but zod, lvovich and date-fns.',
            },
          ],
        },
      ],
    },
  },
  ...importRules('src/app', (depth) => [
    {
      regex: `${leaves(depth)}gas(/|$)`,
      message:
        'A use case never imports an adapter (src/gas/): declare a port in src/ports/, add it to Services, and build it in src/gas/services.ts.',
    },
    {
      regex: `${leaves(depth)}(?!(domain|ports|app|gas)(/|$))`,
      message: 'Use cases import only src/domain/, src/ports/ and src/app/.',
    },
    { regex: NOT_ZOD, message: 'Use cases import no npm package but zod: reach the outside through a port.' },
  ]),
  ...importRules('src/ports', (depth) => [
    {
      regex: `${leaves(depth)}domain(/|$)`,
      allowTypeImports: true,
      message: 'A port takes only types from the domain: `import type { … }`.',
    },
    {
      regex: `${leaves(depth)}(?!domain(/|$))`,
      message: 'Ports import only types of the domain (and of other ports).',
    },
    { regex: '^(?!\\.)', message: 'Ports import no npm package: they are plain interfaces.' },
  ]),
  {
    files: ['sidebar/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-globals': ['error', ...appsScriptGlobals],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src(/|$)',
              caseSensitive: true,
              allowTypeImports: true,
              message:
                'A sidebar takes only contract types from src/ (`import type`): the lists and checks it needs come from the server, in its load call or as a UserError.',
            },
          ],
        },
      ],
    },
  },
  ...importRules('emulator', (depth) => [
    {
      regex: leaves(depth),
      message:
        'The emulator is its own package: it imports only its own files and npm packages, never src/, playground/ or test/.',
    },
  ]),
  ...importRules(
    'emulator',
    (depth) => [
      {
        regex: `${leaves(depth)}(?!test/support/browser$)`,
        message:
          'The emulator is its own package: a browser test of it may use test/support/browser, nothing else of src/, playground/ or test/.',
      },
    ],
    '.browser.test.ts',
  ),
  prettier,
);
