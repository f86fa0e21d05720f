/**
 * Two executions at once: while one action runs, another person's action runs to its end between two of the first
 * one's service calls (every call in turn). Each may succeed or be refused with a Russian UserError (the lock is
 * busy, or the other got there first), but the workbook never breaks a rule: no mentee in two pairs in work, no
 * mentor over capacity, one programme per pair, no trace of a withdrawn person, nothing «Проверить данные» objects to.
 * `npm test` tries a sample of the first action's calls; KILL_POINTS=all tries every one.
 */
import { Workspace, type WorkspaceSnapshot } from '../../../emulator/workspace';
import { checkWork } from '../../../src/app/registry/check-work';
import { isUserError } from '../../../src/domain/user-error';
import { services } from '../../../src/gas/services';
import {
  acceptProposals,
  createMentorship,
  listMentorships,
  saveProgrammePlan,
  withdrawConsentOf,
} from '../endpoints';
import { everyText, fromSidebar } from '../registry-fixture';
import { pointsToTry } from './points';
import { smallRegistry, startingWorkspace } from './writing-actions';

const PAIR = { form: 'педагог – педагог', kinds: ['традиционное (один на один)'] };
const IN_WORK = new Set(['проект', 'утверждена', 'идёт', 'продлена']);

interface Race {
  readonly name: string;
  readonly first: () => unknown;
  readonly second: () => unknown;
  /** What must hold whatever the order. */
  readonly holds: (ws: Workspace) => void;
  /**
   * Whether «Проверить данные» must find nothing afterwards. Not after a withdrawal: a pair of the person stays in
   * work without consent, and the check rightly asks the curator to end it or find another mentor.
   */
  readonly checkFindsNothing?: false;
}

const programme = (title: string) => ({
  mentorshipId: 'ПГ-0001',
  programme: { title, startDate: '2025-09-15', endDate: '2026-05-29' },
  events: [{ direction: 'методические', event: `${title}: планирование` }],
});

const RACES: readonly Race[] = [
  {
    name: 'two curators pair the same mentee',
    first: () => createMentorship({ ...PAIR, mentorId: 'НК-0002', menteeIds: ['НЯ-0002'] }, 'first-0001'),
    second: () => createMentorship({ ...PAIR, mentorId: 'НК-0001', menteeIds: ['НЯ-0002'] }, 'second-0001'),
    holds: () => {
      const inWork = listMentorships().items.filter((m) => IN_WORK.has(m.status));
      expect(inWork.filter((m) => m.menteeIds.includes('НЯ-0002')).length).toBeLessThanOrEqual(1);
    },
  },
  {
    name: 'two curators accept proposals for the last place of a mentor',
    first: () => acceptProposals([{ mentorId: 'НК-0001', menteeIds: ['НЯ-0002'] }], 'first-0001'),
    second: () => acceptProposals([{ mentorId: 'НК-0001', menteeIds: ['НЯ-0003'] }], 'second-0001'),
    holds: () => {
      const inWork = listMentorships().items.filter((m) => IN_WORK.has(m.status) && m.mentorId === 'НК-0001');
      expect(inWork.flatMap((m) => m.menteeIds).length).toBeLessThanOrEqual(2);
    },
  },
  {
    name: 'two sidebars save the programme of the same pair',
    first: () => saveProgrammePlan(programme('Первая'), 'first-0001'),
    second: () => saveProgrammePlan(programme('Вторая'), 'second-0001'),
    holds: (ws) => {
      const programmes = ws.spreadsheet
        .displayValues('Программы')
        .slice(1)
        .filter((r) => r[0] !== '');
      expect(programmes).toHaveLength(1);
      const pair = listMentorships().items.find((m) => m.id === 'ПГ-0001');
      expect(pair?.programmeId).toBe(programmes[0][0]);
    },
  },
  {
    name: 'consent withdrawn while another curator pairs that mentor',
    first: () => withdrawConsentOf('НК-0002', 'first-0001'),
    second: () => createMentorship({ ...PAIR, mentorId: 'НК-0002', menteeIds: ['НЯ-0003'] }, 'second-0001'),
    holds: (ws) => {
      expect(everyText(ws).includes('Лебедева')).toBe(false);
    },
    checkFindsNothing: false,
  },
];

function outcome(call: () => unknown): string {
  try {
    call();
    return 'ok';
  } catch (error) {
    if (isUserError(error)) return 'refused';
    throw error;
  }
}

describe.each(RACES.map((r) => [r.name, r] as const))('%s', (_name, race) => {
  let start: WorkspaceSnapshot;
  let calls = 0;

  beforeAll(() => {
    const started = startingWorkspace({ name: race.name, prepare: smallRegistry, run: () => undefined });
    try {
      start = started.ws.snapshot();
      started.ws.rt.counter.reset();
      fromSidebar(started.ws, race.first);
      calls = started.ws.rt.counter.total();
    } finally {
      started.done();
    }
  });

  it('keeps every rule whichever service call of the first the second comes between', () => {
    const seen = new Set<string>();
    for (const k of [...pointsToTry(calls, 7), calls + 1]) {
      const ws = Workspace.restore(start);
      const done = ws.install();
      try {
        let second = 'not run';
        ws.rt.interleaveAt(k, () =>
          ws.platform.locks._nested(() => {
            second = outcome(() => fromSidebar(ws, race.second));
          }),
        );
        const first = outcome(() => fromSidebar(ws, race.first));
        if (second === 'not run') second = outcome(() => fromSidebar(ws, race.second));
        seen.add(`${first}/${second}`);
        race.holds(ws);
        if (race.checkFindsNothing !== false) {
          const found = ws.run(() => checkWork(services()), { kind: 'menu' });
          expect({ k, problems: found.problems }).toEqual({ k, problems: 0 });
        }
      } finally {
        done();
      }
    }
    // The second ran before the first took the lock, while it held it (refused: busy) and after it was done.
    expect(seen.size).toBeGreaterThan(1);
  });
});
