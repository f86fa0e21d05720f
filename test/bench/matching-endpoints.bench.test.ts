/**
 * The performance rule for matching (docs/architecture.md): proposeCohort costs the same number of SpreadsheetApp calls for
 * 10 mentees × 6 mentors as for 500 × 300, and its domain part (assignCohort on the registry's data) stays
 * under 2 s; acceptProposals costs the same for 3 proposals as for 60, whatever the size of the registry.
 */
import { assignCohort } from '../../src/domain/matching';
import { formatId } from '../../src/domain/registry/ids';
import { MENTEES_TABLE, MENTORS_TABLE, MENTORSHIPS_TABLE } from '../../src/domain/registry/tables';
import { toRow } from '../../src/domain/registry/to-row';
import { DIRECTIONS, QUALIFICATION_CATEGORIES, TIME_RESOURCES } from '../../src/domain/vocabulary';
import { loadMatchingData, waitingMentees } from '../../src/app/matching/matching-data';
import { acceptProposals, proposeCohort } from '../gas/endpoints';
import { services } from '../../src/gas/services';
import { SheetTableStore } from '../../src/gas/registry/sheet-table-store';
import type { Workspace } from '../../emulator/workspace';
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

interface AcceptCost {
  readonly accepted: number;
  readonly calls: number;
  readonly methods: ReturnType<Workspace['rt']['counter']['methods']>;
}

/**
 * proposeCohort on a workbook of `mentees` × `mentors`, then acceptProposals of disjoint batches of its
 * proposals, `batches[i]` proposals each (the first batch pairs only, the others pairs and groups as proposed).
 */
function cost(mentees: number, mentors: number, batches: readonly number[]) {
  const { ws, done } = registryOf(mentees, mentors);
  try {
    ws.rt.counter.reset();
    const result = ws.run(() => proposeCohort(), { kind: 'sidebar' });
    const calls = ws.rt.counter.count('SpreadsheetApp');
    const methods = ws.rt.counter.methods();
    const data = ws.run(() => loadMatchingData(services()), { kind: 'sidebar' });
    const started = performance.now();
    assignCohort(waitingMentees(data), data.matchMentors, data.weights);
    const domainMs = performance.now() - started;
    const ticked = (p: { mentorId: string; menteeIds: string[] }) => ({
      mentorId: p.mentorId,
      menteeIds: p.menteeIds,
    });
    const pairs = result.proposals.filter((p) => p.kind === 'пара').map(ticked);
    let left = [...pairs, ...result.proposals.filter((p) => p.kind === 'группа').map(ticked)];
    const accept = batches.map((size, i): AcceptCost => {
      const chosen = (i === 0 ? pairs : left).slice(0, size);
      left = left.filter((p) => !chosen.includes(p));
      ws.rt.counter.reset();
      const made = ws.run(() => acceptProposals(chosen), { kind: 'sidebar' });
      return {
        accepted: made.created.length,
        calls: ws.rt.counter.count('SpreadsheetApp'),
        methods: ws.rt.counter.methods(),
      };
    });
    return { calls, methods, result, domainMs, accept };
  } finally {
    done();
  }
}

describe('bench › matching endpoints on the registry', () => {
  let small: ReturnType<typeof cost>;
  let large: ReturnType<typeof cost>;
  beforeAll(() => {
    small = cost(10, 6, [3]);
    large = cost(500, 300, [3, 60]);
  });

  it('proposeCohort costs the same SpreadsheetApp calls for 500 × 300 as for 10 × 6, and the domain part stays under 2 s', () => {
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

  it('acceptProposals costs the same SpreadsheetApp calls for 3 proposals as for 60, on 10 × 6 as on 500 × 300', () => {
    const [three] = small.accept;
    const [largeThree, sixty] = large.accept;
    process.stdout.write(
      `acceptProposals: ${three.calls} SpreadsheetApp calls for 3 pairs on 10 × 6, ` +
        `${largeThree.calls} for 3 pairs and ${sixty.calls} for 60 proposals on 500 × 300\n`,
    );
    expect([three.accepted, largeThree.accepted, sixty.accepted]).toEqual([3, 3, 60]);
    expect(largeThree.methods).toEqual(three.methods);
    expect(sixty.methods).toEqual(three.methods);
    expect(largeThree.calls).toBe(three.calls);
    expect(sixty.calls).toBe(three.calls);
  });
});
