/**
 * Every action that writes to the workbook, as a person runs it: the kill-point, retry and race tests take this
 * list, so a new writing action gets them all by being listed here.
 */
import type { Workspace } from '../../../emulator/workspace';
import {
  acceptProposals,
  addMentee,
  addMentor,
  checkData,
  createMentorship,
  saveNameCorrection,
  saveProgrammePlan,
  updateMentee,
  updateMentor,
  updateMentorship,
  withdrawConsentOf,
} from '../endpoints';
import { fromSidebar, menteeInput, mentorInput, setUpWorkspace } from '../registry-fixture';

/** One writing action: the workbook it starts from, and the action itself with the caller's operation ID. */
export interface WritingAction {
  readonly name: string;
  /** Builds the starting workbook on an installed Workspace, through the add-on's own endpoints. */
  readonly prepare: (ws: Workspace) => void;
  /** Runs the action once as one execution; `operationId` is what the sidebar sends (menu actions have none). */
  readonly run: (ws: Workspace, operationId: string) => unknown;
  /** The part of the answer a retry gives again (all of it unless said otherwise). */
  readonly answered?: (answer: unknown) => unknown;
}

const PAIR = {
  form: 'педагог – педагог',
  kinds: ['традиционное (один на один)'],
  startDate: '2025-09-15',
  endDate: '2026-05-29',
};

/** Two mentors, three mentees, a pair НК-0001 → НЯ-0001. */
export function smallRegistry(ws: Workspace): void {
  fromSidebar(ws, () => addMentor(mentorInput(), 'prepare-mentor-1'));
  fromSidebar(ws, () => addMentor(mentorInput({ surname: 'Лебедева', capacity: 3 }), 'prepare-mentor-2'));
  fromSidebar(ws, () => addMentee(menteeInput(), 'prepare-mentee-1'));
  fromSidebar(ws, () => addMentee(menteeInput({ surname: 'Кузнецова' }), 'prepare-mentee-2'));
  fromSidebar(ws, () => addMentee(menteeInput({ surname: 'Орлова' }), 'prepare-mentee-3'));
  fromSidebar(ws, () =>
    createMentorship({ ...PAIR, mentorId: 'НК-0001', menteeIds: ['НЯ-0001'] }, 'prepare-pair-1'),
  );
}

/** A mentor row typed by hand, without an ID (the check gives it one). */
function typeMentorByHand(ws: Workspace): void {
  const sheet = ws.spreadsheet.active.getSheetByName('Наставники');
  const header = sheet?.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  const row = header.map((h) =>
    h === 'Фамилия' ? 'Вручную' : h === 'Имя' ? 'Вера' : h === 'Должность' ? 'воспитатель' : '',
  );
  sheet?.getRange((sheet?.getLastRow() ?? 1) + 1, 1, 1, row.length).setValues([row]);
}

/** The writing actions of the registry. */
export const WRITING_ACTIONS: readonly WritingAction[] = [
  {
    name: 'addMentor',
    prepare: smallRegistry,
    run: (ws, id) => fromSidebar(ws, () => addMentor(mentorInput({ surname: 'Новикова' }), id)),
  },
  {
    name: 'updateMentor',
    prepare: smallRegistry,
    run: (ws, id) =>
      fromSidebar(ws, () => updateMentor({ id: 'НК-0002', phone: '+7 900 000-00-01', patronymic: null }, id)),
  },
  {
    name: 'addMentee',
    prepare: smallRegistry,
    run: (ws, id) => fromSidebar(ws, () => addMentee(menteeInput({ surname: 'Фролова' }), id)),
  },
  {
    name: 'updateMentee',
    prepare: smallRegistry,
    run: (ws, id) =>
      fromSidebar(ws, () => updateMentee({ id: 'НЯ-0002', position: 'музыкальный руководитель' }, id)),
  },
  {
    name: 'createMentorship (group)',
    prepare: smallRegistry,
    run: (ws, id) =>
      fromSidebar(ws, () =>
        createMentorship(
          { ...PAIR, kinds: ['в группе'], mentorId: 'НК-0002', menteeIds: ['НЯ-0002', 'НЯ-0003'] },
          id,
        ),
      ),
  },
  {
    name: 'updateMentorship (approve)',
    prepare: smallRegistry,
    run: (ws, id) => fromSidebar(ws, () => updateMentorship({ id: 'ПГ-0001', status: 'утверждена' }, id)),
  },
  {
    name: 'acceptProposals',
    prepare: smallRegistry,
    run: (ws, id) =>
      fromSidebar(ws, () =>
        acceptProposals(
          [
            { mentorId: 'НК-0002', menteeIds: ['НЯ-0002'] },
            { mentorId: 'НК-0002', menteeIds: ['НЯ-0003'] },
          ],
          id,
        ),
      ),
  },
  {
    name: 'saveProgrammePlan',
    prepare: smallRegistry,
    run: (ws, id) =>
      fromSidebar(ws, () =>
        saveProgrammePlan(
          {
            mentorshipId: 'ПГ-0001',
            programme: { title: 'Программа', startDate: '2025-09-15', endDate: '2026-05-29' },
            events: [
              { direction: 'методические', event: 'Совместное планирование недели', deadline: '2025-10-31' },
              { direction: 'нормативные правовые', event: 'Изучение ФОП ДО', done: true },
            ],
          },
          id,
        ),
      ),
  },
  {
    name: 'checkData (IDs for rows typed by hand)',
    prepare: (ws) => {
      smallRegistry(ws);
      typeMentorByHand(ws);
    },
    run: (ws) => ws.run(() => checkData(), { kind: 'menu' }),
  },
  {
    name: 'saveNameCorrection',
    prepare: smallRegistry,
    run: (ws, id) =>
      fromSidebar(ws, () =>
        saveNameCorrection({ personId: 'НК-0001', case: 'дательный', form: 'Ивановой Марии Петровне' }, id),
      ),
  },
  {
    name: 'withdrawConsent',
    prepare: smallRegistry,
    run: (ws, id) => fromSidebar(ws, () => withdrawConsentOf('НК-0001', id)),
    // The traces outside the registry are looked for by the name, which the first run erased.
    answered: (answer) => ({ ...(answer as object), tracesLeft: undefined }),
  },
];

/** A workbook set up by the add-on with settings typed in, then `prepare`d: the start of every run. */
export function startingWorkspace(action: WritingAction): { ws: Workspace; done: () => void } {
  const started = setUpWorkspace();
  action.prepare(started.ws);
  return started;
}
