/**
 * The architecture's layers are enforced by the linter (eslint.config.mjs): each deliberate violation below fails
 * lint with the rule that guards it and a message saying what to do instead, and the legal forms pass. The code is
 * linted as if it were a file of that layer (the file need not exist), with the project's own config.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** One rule's complaint about a sample. */
interface Complaint {
  readonly rule: string | null;
  readonly message: string;
}

/**
 * Lints every sample with one ESLint instance, in a child Node: ESLint loads eslint.config.mjs with a dynamic
 * import, which Jest's module sandbox refuses (it would need --experimental-vm-modules).
 */
const LINT = `
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
const eslint = new ESLint({ cwd: process.cwd() });
const answers = [];
for (const { filePath, code } of JSON.parse(readFileSync(0, 'utf8'))) {
  const [result] = await eslint.lintText(code, { filePath });
  answers.push(result.messages.map((m) => ({ rule: m.ruleId, message: m.message })));
}
process.stdout.write(JSON.stringify(answers));
`;

function lintAll(samples: readonly Sample[]): Complaint[][] {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', LINT], {
    cwd: root,
    input: JSON.stringify(samples.map((s) => ({ ...s, filePath: path.join(root, s.filePath) }))),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Complaint[][];
}

/** A file's code as one layer would hold it. */
interface Sample {
  readonly filePath: string;
  readonly code: string;
}

/** What a curator-facing engineer would try, the rule that refuses it, and a word of the message's advice. */
const violations: [string, Sample, string, string][] = [
  [
    'the domain importing an adapter of src/gas/',
    {
      filePath: 'src/domain/registry/rules/sample.ts',
      code: "import { services } from '../../../gas/services';\nexport const s = services;\n",
    },
    '@typescript-eslint/no-restricted-imports',
    'imports only the domain',
  ],
  [
    'the domain importing a Node module',
    {
      filePath: 'src/domain/sample.ts',
      code: "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    },
    '@typescript-eslint/no-restricted-imports',
    'but zod',
  ],
  [
    'the domain reading the clock with new Date()',
    { filePath: 'src/domain/registry/sample.ts', code: 'export const today = new Date();\n' },
    'no-restricted-syntax',
    'take `now` as a parameter',
  ],
  [
    'the domain reading the clock with Date.now()',
    { filePath: 'src/domain/registry/sample.ts', code: 'export const stamp = Date.now();\n' },
    'no-restricted-syntax',
    'take `now` as a parameter',
  ],
  [
    'the domain waiting with setTimeout',
    { filePath: 'src/domain/sample.ts', code: 'export const later = setTimeout(() => undefined, 10);\n' },
    'no-restricted-globals',
    'no timers',
  ],
  [
    'the domain reading process.env',
    { filePath: 'src/domain/sample.ts', code: 'export const mode = process.env.MODE;\n' },
    'no-restricted-globals',
    'as parameters',
  ],
  [
    'the domain touching document',
    { filePath: 'src/domain/sample.ts', code: 'export const title = document.title;\n' },
    'no-restricted-globals',
    'sidebar/',
  ],
  [
    'the domain calling an Apps Script service',
    { filePath: 'src/domain/sample.ts', code: 'export const book = SpreadsheetApp.getActive();\n' },
    'no-restricted-globals',
    'through a port',
  ],
  [
    'a use case importing an adapter of src/gas/',
    {
      filePath: 'src/app/banks/sample.ts',
      code: "import { services } from '../../gas/services';\nexport const s = services;\n",
    },
    '@typescript-eslint/no-restricted-imports',
    'declare a port in src/ports/',
  ],
  [
    'a use case reading the clock',
    { filePath: 'src/app/banks/sample.ts', code: 'export const today = new Date();\n' },
    'no-restricted-syntax',
    'services.clock.now()',
  ],
  [
    'a port holding a value',
    { filePath: 'src/ports/sample.ts', code: 'export const DEFAULT_LIMIT = 5;\n' },
    'no-restricted-syntax',
    'types only',
  ],
  [
    'a port importing a use case',
    {
      filePath: 'src/ports/sample.ts',
      code: "import type { Services } from '../app/services';\nexport type All = Services;\n",
    },
    '@typescript-eslint/no-restricted-imports',
    'only types of the domain',
  ],
  [
    'an adapter reading the clock outside the clock adapter',
    { filePath: 'src/gas/registry/sample.ts', code: 'export const stamp = Date.now();\n' },
    'no-restricted-syntax',
    'system-clock.ts',
  ],
  [
    'src/index.ts with a function body',
    {
      filePath: 'src/index.ts',
      code: "export function onOpen(): void {\n  SpreadsheetApp.getUi();\n}\nexport { checkData } from './gas/menu';\n",
    },
    'no-restricted-syntax',
    "export { name } from './gas/",
  ],
  [
    'a sidebar importing a value from src/domain/',
    {
      filePath: 'sidebar/mentorships/mentorship/sample.ts',
      code: "import { DIRECTIONS } from '../../../src/domain/vocabulary';\nexport const d = DIRECTIONS;\n",
    },
    '@typescript-eslint/no-restricted-imports',
    'come from the server',
  ],
  [
    'the emulator importing src/',
    {
      filePath: 'emulator/html/sample.ts',
      code: "import { services } from '../../src/gas/services';\nexport const s = services;\n",
    },
    '@typescript-eslint/no-restricted-imports',
    'its own package',
  ],
  [
    'the emulator importing test/ outside a browser test',
    {
      filePath: 'emulator/html/sample.ts',
      code: "import { launchBrowser } from '../../test/support/browser';\nexport const l = launchBrowser;\n",
    },
    '@typescript-eslint/no-restricted-imports',
    'its own package',
  ],
];

/** Code each layer may hold. */
const legal: [string, Sample][] = [
  [
    'the domain converting a value with new Date(iso) and importing the domain and zod',
    {
      filePath: 'src/domain/registry/rules/sample.ts',
      code: [
        "import * as z from 'zod';",
        "import { UserError } from '../../user-error';",
        "export const start = new Date('2025-09-01');",
        'export const parts = [z, UserError];',
        '',
      ].join('\n'),
    },
  ],
  [
    'a use case importing ports, the domain and other use cases',
    {
      filePath: 'src/app/banks/sample.ts',
      code: [
        "import type { Clock } from '../../ports/clock';",
        "import { UserError } from '../../domain/user-error';",
        "import { splitCleared } from './bank';",
        'export const today = (clock: Clock): Date => clock.now();',
        'export const parts = [UserError, splitCleared];',
        '',
      ].join('\n'),
    },
  ],
  [
    'a port taking a type of the domain',
    {
      filePath: 'src/ports/sample.ts',
      code: "import type { TableSpec } from '../domain/registry/table-spec';\nexport interface Specs {\n  all(): TableSpec[];\n}\n",
    },
  ],
  [
    'the clock adapter reading the clock',
    {
      filePath: 'src/gas/platform/system-clock.ts',
      code: 'export const now = (): Date => new Date();\n',
    },
  ],
  [
    'src/index.ts re-exporting endpoints of src/gas/',
    {
      filePath: 'src/index.ts',
      code: "/** The public surface. */\nexport { checkData, onOpen } from './gas/menu';\n",
    },
  ],
  [
    'a sidebar importing contract types from src/index.ts and src/app/',
    {
      filePath: 'sidebar/common/sample.ts',
      code: [
        "import type * as server from '../../src/index';",
        "import { type MentorshipEntry } from '../../src/app/mentorships/mentorship-sidebar';",
        'export type Server = typeof server;',
        'export type Entry = MentorshipEntry;',
        '',
      ].join('\n'),
    },
  ],
  [
    "the emulator's browser test using test/support/browser",
    {
      filePath: 'emulator/html/sample.browser.test.ts',
      code: "import { launchBrowser } from '../../test/support/browser';\nexport const l = launchBrowser;\n",
    },
  ],
];

describe('the layers, as the linter enforces them', () => {
  const samples = [...violations.map(([, sample]) => sample), ...legal.map(([, sample]) => sample)];
  let complaints: Complaint[][] = [];
  beforeAll(() => {
    complaints = lintAll(samples);
  });
  const of = (sample: Sample): Complaint[] => complaints[samples.indexOf(sample)];

  it.each(violations)('refuses %s', (_what, sample, rule, advice) => {
    expect(of(sample)).toContainEqual({ rule, message: expect.stringContaining(advice) });
  });

  it.each(legal)('allows %s', (_what, sample) => {
    expect(of(sample)).toEqual([]);
  });
});
