/**
 * The performance rule for matching (DESIGN.md): proposeCohort costs the same number of SpreadsheetApp calls for
 * 10 mentees × 6 mentors as for 500 × 300, and its domain part (assignCohort on the registry's data) stays
 * under 2 s.
 */
import { assignCohort } from '../../src/domain/matching';
import { formatId } from '../../src/domain/registry/ids';
import { MENTEES_TABLE, MENTORS_TABLE, MENTORSHIPS_TABLE } from '../../src/domain/registry/tables';
import { toRow } from '../../src/domain/registry/to-row';
import { DIRECTIONS, QUALIFICATION_CATEGORIES, TIME_RESOURCES } from '../../src/domain/vocabulary';
import { loadMatchingData, waitingMentees } from '../../src/app/matching-data';
import { acceptProposals, proposeCohort } from '../../src/gas/matching-endpoints';
import { gasRegistry } from '../../src/gas/registry-services';
import { SheetTableStore } from '../../src/gas/sheet-table-store';
import type { Workspace } from '../emulator/workspace';
import { menteeInput, mentorInput, setUpWorkspace } from '../gas/registry-fixture';
import { seededRandom } from './matching-cohort';

const BUDGET_MS = 2000;

/** A registry of `mentees` mentees and `mentors` mentors with varied profiles; every tenth mentee is in a pair. */
function registryOf(mentees: number, mentors: number): { ws: Workspace; done: () => void } {
  const installed = setUpWorkspace();
  const store = new SheetTableStore(SpreadsheetApp.getActiveSpreadsheet());
  const zone = store.timeZone();
  const random = seededRandom(mentees * 1000 + mentors);
  const some = () => DIRECTIONS.filter(() => random() < 0.25);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const fill = (spec: typeof MENTORS_TABLE, records: Array<Record<string, unknown>>) => {
    store.append(
      store.read(spec),
      records.map((r) => toRow(spec, r, zone)),
    );
  };
  const mentorIds = Array.from({ length: mentors }, (_, i) => formatId('НК', i + 1));
  const menteeIds = Array.from({ length: mentees }, (_, i) => formatId('НЯ', i + 1));
  fill(
    MENTORS_TABLE,
    mentorIds.map((id, i) => ({
      ...mentorInput({ surname: `Наставникова-${i}` }),
      id,
      active: true,
      capacity: 1 + Math.floor(random() * 3),
      competencies: some(),
      experienceYears: Math.floor(random() * 30),
      qualification: pick(QUALIFICATION_CATEGORIES),
      timeResource: pick(TIME_RESOURCES),
      interests: 'театр, туризм',
    })),
  );
  fill(
    MENTEES_TABLE,
    menteeIds.map((id, i) => ({
      ...menteeInput({ surname: `Наставляемая-${i}` }),
      id,
      active: true,
      requests: some(),
      experienceYears: Math.floor(random() * 3),
    })),
  );
  const paired = menteeIds.filter((_, i) => i % 10 === 0);
  fill(
    MENTORSHIPS_TABLE,
    paired.map((menteeId, i) => ({
      id: formatId('ПГ', i + 1),
      mentorId: mentorIds[i % mentorIds.length],
      menteeIds: [menteeId],
      form: 'педагог – педагог',
      kinds: ['традиционное (один на один)'],
      status: 'проект',
    })),
  );
  return installed;
}

function cost(mentees: number, mentors: number) {
  const { ws, done } = registryOf(mentees, mentors);
  try {
    ws.rt.counter.reset();
    const result = ws.run(() => proposeCohort(), { kind: 'sidebar' });
    const calls = ws.rt.counter.count('SpreadsheetApp');
    const methods = ws.rt.counter.methods();
    const data = ws.run(() => loadMatchingData(gasRegistry()), { kind: 'sidebar' });
    const started = performance.now();
    assignCohort(waitingMentees(data), data.matchMentors, data.weights);
    const domainMs = performance.now() - started;
    const three = result.proposals
      .filter((p) => p.kind === 'пара')
      .slice(0, 3)
      .map((p) => ({ mentorId: p.mentorId, menteeIds: p.menteeIds }));
    ws.rt.counter.reset();
    ws.run(() => acceptProposals(three), { kind: 'sidebar' });
    const accept = { calls: ws.rt.counter.count('SpreadsheetApp'), methods: ws.rt.counter.methods() };
    return { calls, methods, result, domainMs, accept };
  } finally {
    done();
  }
}

describe('bench › proposeCohort on the registry', () => {
  let small: ReturnType<typeof cost>;
  let large: ReturnType<typeof cost>;
  beforeAll(() => {
    small = cost(10, 6);
    large = cost(500, 300);
  });

  it('costs the same SpreadsheetApp calls for 500 × 300 as for 10 × 6, and the domain part stays under 2 s', () => {
    process.stdout.write(
      `proposeCohort: ${small.calls} SpreadsheetApp calls for 10 × 6, ${large.calls} for 500 × 300; ` +
        `assignCohort ${large.domainMs.toFixed(0)} ms, ${large.result.matchedCount} of ${large.result.waiting} matched, ` +
        `answer ${(JSON.stringify(large.result).length / 1024).toFixed(0)} KB\n`,
    );
    expect(large.methods).toEqual(small.methods);
    expect(large.calls).toBe(small.calls);
    expect(large.result.waiting).toBe(450);
    expect(large.result.matchedCount).toBeGreaterThan(300);
    expect(large.domainMs).toBeLessThan(BUDGET_MS);
  });
  it('accepting three pairs costs the same SpreadsheetApp calls whatever the size of the registry', () => {
    const small = cost(10, 6).accept;
    const large = cost(500, 300).accept;
    process.stdout.write(
      `acceptProposals (3 pairs): ${small.calls} calls for 10 × 6, ${large.calls} for 500 × 300\n`,
    );
    expect(large.methods).toEqual(small.methods);
    expect(large.calls).toBe(small.calls);
  });
});
