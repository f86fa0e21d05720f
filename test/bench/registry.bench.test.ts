/**
 * The performance rule as a benchmark (docs/architecture.md): a registry action costs the same number of SpreadsheetApp
 * calls for 10 rows as for 5,000, because each table is read with one getValues and written in batches.
 */
import { formatId } from '../../src/domain/registry/ids';
import { MENTEES_TABLE, MENTORS_TABLE, MENTORSHIPS_TABLE, TABLES } from '../../src/domain/registry/tables';
import { toRow } from '../../src/domain/registry/to-row';
import { addMentor, listMentors, updateMentorship } from '../gas/endpoints';
import { checkData } from '../gas/endpoints';
import { SheetTableStore } from '../../src/gas/registry/sheet-table-store';
import type { Cells } from '../../src/ports/table-store';
import type { Workspace } from '../../emulator/workspace';
import { menteeInput, mentorInput, setUpWorkspace } from '../gas/registry-fixture';

type Operation = 'checkData' | 'listMentors' | 'addMentor' | 'updateMentorship';

/** A registry of `n` mentors, `n` mentees and `n` pairs (each mentor with one mentee), all valid. */
function registryOf(n: number): { ws: Workspace; done: () => void } {
  const installed = setUpWorkspace();
  const store = new SheetTableStore(SpreadsheetApp.getActiveSpreadsheet());
  const zone = store.timeZone();
  const ids = (prefix: string) => Array.from({ length: n }, (_, i) => formatId(prefix, i + 1));
  // One row converted, then copied with each ID and reference: converting dates 15,000 times is slow.
  const fill = (spec: typeof MENTORS_TABLE, record: Record<string, unknown>, each: (i: number) => Cells) => {
    const cells = toRow(spec, record, zone);
    store.append(
      store.read(spec),
      Array.from({ length: n }, (_, i) => ({ ...cells, ...each(i) })),
    );
  };
  const mentors = ids('НК');
  const mentees = ids('НЯ');
  const pairs = ids('ПГ');
  fill(MENTORS_TABLE, { ...mentorInput(), active: true, capacity: 2 }, (i) => ({ id: mentors[i] }));
  fill(MENTEES_TABLE, { ...menteeInput(), active: true }, (i) => ({ id: mentees[i] }));
  const pair = {
    form: 'педагог – педагог',
    kinds: ['традиционное (один на один)'],
    startDate: '2025-09-15',
    endDate: '2026-05-31',
    status: 'проект',
  };
  // With the names beside the IDs, as the add-on writes a pair.
  const names = { mentorName: 'Иванова Мария Петровна', menteeNames: 'Смирнова Ольга' };
  fill(MENTORSHIPS_TABLE, { ...pair, ...names }, (i) => ({
    id: pairs[i],
    mentorId: mentors[i],
    menteeIds: mentees[i],
  }));
  return installed;
}

/** SpreadsheetApp calls of each operation, run one after another on one registry of `n` rows. */
function costs(n: number): Record<Operation, Record<string, number>> {
  const { ws, done } = registryOf(n);
  try {
    const pair = formatId('ПГ', Math.ceil(n / 2));
    const run: Record<Operation, () => unknown> = {
      listMentors: () => ws.run(() => listMentors(), { kind: 'sidebar' }),
      checkData: () => ws.run(() => checkData(), { kind: 'menu' }),
      updateMentorship: () =>
        ws.run(() => updateMentorship({ id: pair, status: 'утверждена' }), { kind: 'sidebar' }),
      addMentor: () => ws.run(() => addMentor(mentorInput()), { kind: 'sidebar' }),
    };
    const out = {} as Record<Operation, Record<string, number>>;
    for (const operation of OPERATIONS) {
      ws.rt.counter.reset();
      run[operation]();
      out[operation] = Object.fromEntries(
        Object.entries(ws.rt.counter.methods()).filter(([method]) =>
          SPREADSHEET_CLASSES.has(method.split('.')[0]),
        ),
      );
      out[operation].total = ws.rt.counter.count('SpreadsheetApp');
    }
    return out;
  } finally {
    done();
  }
}

const OPERATIONS: readonly Operation[] = ['listMentors', 'checkData', 'updateMentorship', 'addMentor'];
/** Classes of the SpreadsheetApp service, to list its calls by method. */
const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
  'Protection',
  'DataValidation',
  'DataValidationBuilder',
]);

describe('bench › registry: SpreadsheetApp calls do not grow with the rows', () => {
  let small: Record<Operation, Record<string, number>>;
  let large: Record<Operation, Record<string, number>>;
  beforeAll(() => {
    small = costs(10);
    large = costs(5000);
    for (const operation of OPERATIONS) {
      process.stdout.write(
        `${operation}: ${small[operation].total} SpreadsheetApp calls for 10 rows, ${large[operation].total} for 5,000\n`,
      );
    }
  }, 120000);

  it.each(OPERATIONS)('%s costs the same for 10 and 5,000 rows', (operation) => {
    expect(large[operation]).toEqual(small[operation]);
    expect(small[operation].total).toBeGreaterThan(0);
  });

  it('reads each table with one getValues', () => {
    expect(large.listMentors['Range.getValues']).toBe(2);
    expect(large.checkData['Range.getValues']).toBe(TABLES.length); // one per registry sheet
  });
});
