/**
 * «Построить годовой отчёт» as a benchmark (docs/architecture.md «Performance rules»): the report reads each sheet
 * once, and its service calls do not grow with the rows — a school's workbook (40 pairs) and the issue's large one
 * (2,000 people, 1,000 pairs and groups, 12,000 plan events) cost the same calls; only the charts (a fixed number)
 * and the note (its length follows the figures, not the rows) are on top of the reads.
 */
import { formatId } from '../../src/domain/registry/ids';
import {
  MENTEES_TABLE,
  MENTORS_TABLE,
  MENTORSHIPS_TABLE,
  PLAN_EVENTS_TABLE,
  PROGRAMMES_TABLE,
  TRAINING_TABLE,
} from '../../src/domain/registry/tables';
import type { TableSpec } from '../../src/domain/registry/table-spec';
import { toRow } from '../../src/domain/registry/to-row';
import { SheetTableStore } from '../../src/gas/registry/sheet-table-store';
import type { Cells } from '../../src/ports/table-store';
import type { Workspace } from '../../emulator/workspace';
import { buildAnnualReport } from '../gas/endpoints';
import { menteeInput, mentorInput, seen, setUpWorkspace } from '../gas/registry-fixture';

/** The table store's own read, counted per table by the spy. */
const original = SheetTableStore.prototype.read;

const SERVICES = ['SpreadsheetApp', 'DocumentApp', 'Drive', 'PropertiesService', 'LockService'] as const;
type Calls = Record<(typeof SERVICES)[number] | 'total', number>;

/** Events per programme: 12,000 for the large workbook's 1,000 pairs. */
const EVENTS = 12;

/** A registry of `n` pairs in work (one mentor, one mentee each), each with a programme of 12 events, and training. */
function registryOf(n: number): { ws: Workspace; done: () => void } {
  const installed = setUpWorkspace();
  const store = new SheetTableStore(SpreadsheetApp.getActiveSpreadsheet());
  const zone = store.timeZone();
  const ids = (prefix: string, count = n) => Array.from({ length: count }, (_, i) => formatId(prefix, i + 1));
  const fill = (
    spec: TableSpec,
    record: Record<string, unknown>,
    count: number,
    each: (i: number) => Cells,
  ) => {
    const cells = toRow(spec, record, zone);
    store.append(
      store.read(spec),
      Array.from({ length: count }, (_, i) => ({ ...cells, ...each(i) })),
    );
  };
  const [mentors, mentees, pairs, programmes] = [ids('НК'), ids('НЯ'), ids('ПГ'), ids('ПР')];
  fill(MENTORS_TABLE, { ...mentorInput(), active: true, capacity: 2 }, n, (i) => ({ id: mentors[i] }));
  fill(MENTEES_TABLE, { ...menteeInput({ experienceYears: 1 }), active: true }, n, (i) => ({
    id: mentees[i],
  }));
  const term = { startDate: '2025-09-15', endDate: '2026-05-29' };
  fill(
    MENTORSHIPS_TABLE,
    { form: 'педагог – педагог', kinds: ['традиционное (один на один)'], status: 'идёт', ...term },
    n,
    (i) => ({ id: pairs[i], mentorId: mentors[i], menteeIds: mentees[i], programmeId: programmes[i] }),
  );
  fill(PROGRAMMES_TABLE, { title: 'Первые шаги в профессии', ...term }, n, (i) => ({
    id: programmes[i],
    mentorshipId: pairs[i],
  }));
  const eventIds = ids('МП', EVENTS * n);
  for (let k = 0; k < EVENTS; k++) {
    const deadline = `2025-${String(10 + (k % 3)).padStart(2, '0')}-${String(10 + k).padStart(2, '0')}`;
    fill(
      PLAN_EVENTS_TABLE,
      {
        direction: 'методические',
        event: `Мероприятие ${k + 1}`,
        deadline,
        position: k + 1,
        done: k % 2 === 0,
      },
      n,
      (i) => ({ id: eventIds[EVENTS * i + k], programmeId: programmes[i] }),
    );
  }
  fill(
    TRAINING_TABLE,
    { kind: 'курсы повышения квалификации (КПК)', date: '2025-11-14', hours: 36 },
    n,
    (i) => ({
      id: formatId('ОН', i + 1),
      mentorId: mentors[i],
    }),
  );
  return installed;
}

/** The report built from the menu, its calls by service and which tables it read how often. */
function measure(n: number): { calls: Calls; reads: Record<string, number>; pairs: string } {
  const { ws, done } = registryOf(n);
  const reads: Record<string, number> = {};
  const spy = jest.spyOn(SheetTableStore.prototype, 'read').mockImplementation(function (
    this: SheetTableStore,
    spec: TableSpec,
  ) {
    reads[spec.key] = (reads[spec.key] ?? 0) + 1;
    return original.call(this, spec);
  });
  try {
    ws.rt.counter.reset();
    ws.spreadsheet.ui.scriptAnswers([{ button: 'OK', text: '' }, 'OK']);
    ws.run(() => buildAnnualReport(), { kind: 'menu' });
    const calls = Object.fromEntries(SERVICES.map((s) => [s, ws.rt.counter.count(s)])) as Calls;
    calls.total = ws.rt.counter.total();
    const rows = seen(ws, 'Отчёт 2025/2026');
    const pairs = rows[rows.findIndex((r) => r[0] === 'Пар и групп, работавших в году')][1];
    return { calls, reads, pairs };
  } finally {
    spy.mockRestore();
    done();
  }
}

const line = (c: Calls) => `${c.total} calls (${SERVICES.map((s) => `${s} ${c[s]}`).join(', ')})`;

describe('bench › the annual report: each sheet read once, calls that do not grow with the rows', () => {
  let small: ReturnType<typeof measure>;
  let large: ReturnType<typeof measure>;
  beforeAll(() => {
    small = measure(40);
    const started = Date.now();
    large = measure(1000);
    process.stdout.write(
      [
        `buildAnnualReport, 40 pairs: ${line(small.calls)}`,
        `buildAnnualReport, 1,000 pairs, 2,000 people, ${EVENTS * 1000} plan events: ${line(large.calls)} ` +
          `(${Date.now() - started} ms on the emulator, setup included)`,
      ].join('\n') + '\n',
    );
  }, 600_000);

  it('counts every pair of both workbooks', () => {
    expect([small.pairs, large.pairs]).toEqual(['40', '1000']);
  });

  it('reads each registry sheet once', () => {
    const once = {
      settings: 1,
      mentors: 1,
      mentees: 1,
      mentorships: 1,
      programmes: 1,
      'plan-events': 1,
      orders: 1,
      roadmap: 1,
      practices: 1,
      training: 1,
      // «Анкеты», empty here: the result sheets are read only for the questionnaires it lists.
      questionnaires: 1,
    };
    expect(small.reads).toEqual(once);
    expect(large.reads).toEqual(once);
  });

  it('costs the same service calls for 40 pairs as for 1,000', () => {
    expect(large.calls).toEqual(small.calls);
  });
});
