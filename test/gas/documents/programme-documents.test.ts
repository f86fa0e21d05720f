/**
 * Programme documents in a batch that survives the platform: started from the sidebar, made chunk by chunk, stopped
 * anywhere and resumed — one document per programme, its link in «Программы».
 */
import { EXECUTION_TIME_LIMIT_MESSAGE } from '../../../emulator/core/runtime';
import { Workspace, type WorkspaceSnapshot } from '../../../emulator/workspace';
import {
  addMentee,
  addMentor,
  continueProgrammeDocuments,
  createMentorship,
  loadOrderSidebar,
  saveProgrammePlan,
  startProgrammeDocuments,
} from '../endpoints';
import { pointsToTry } from '../operations/points';
import { fromSidebar, menteeInput, mentorInput, seen, setUpWorkspace } from '../registry-fixture';

const PAIR = { form: 'педагог – педагог', kinds: ['традиционное (один на один)'] };

/** Three pairs, each with its programme and plan. */
function threeProgrammes(ws: Workspace): void {
  for (const [surname, first] of [
    ['Иванова', 'Мария'],
    ['Петрова', 'Анна'],
    ['Сидорова', 'Ольга'],
  ]) {
    fromSidebar(ws, () => addMentor(mentorInput({ surname, firstName: first })));
  }
  for (const [surname, first] of [
    ['Шевчук', 'Любовь'],
    ['Жумабаева', 'Асель'],
    ['Кузьмич', 'Никита'],
  ]) {
    fromSidebar(ws, () => addMentee(menteeInput({ surname, firstName: first })));
  }
  for (const n of [1, 2, 3]) {
    const id = `000${n}`;
    fromSidebar(ws, () => createMentorship({ ...PAIR, mentorId: `НК-${id}`, menteeIds: [`НЯ-${id}`] }));
    fromSidebar(ws, () =>
      saveProgrammePlan({
        mentorshipId: `ПГ-${id}`,
        programme: {
          title: `Программа ${n}`,
          startDate: '2025-09-15',
          endDate: '2026-05-29',
          goals: `Цель ${n}`,
        },
        events: [{ direction: 'методические', event: `Планирование недели ${n}`, deadline: '2025-10-31' }],
      }),
    );
  }
}

const IDS = ['ПР-0001', 'ПР-0002', 'ПР-0003'];

/** Runs the batch to its end as the sidebar does; answers the last progress. */
function runBatch(ws: Workspace) {
  const started = fromSidebar(ws, () => startProgrammeDocuments({ programmeIds: IDS }));
  let progress = started;
  for (let i = 0; i < 10 && !progress.finished; i++) {
    progress = fromSidebar(ws, () => continueProgrammeDocuments(started.id));
  }
  return { started, progress };
}

/** The documents in Drive, by name, with their text; the links in «Программы». */
function outcome(ws: Workspace) {
  const docs = ws.docs.store.state.files
    .filter((f) => f.mimeType === 'application/vnd.google-apps.document' && !f.name.startsWith('Шаблон'))
    .map((f) => ({ name: f.name, text: ws.docs.exportText(f.id) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const header = seen(ws, 'Программы')[0];
  const links = seen(ws, 'Программы')
    .slice(1)
    .filter((r) => r[0] !== '')
    .map((r) => r[header.indexOf('Документ')] !== '');
  return { docs, links };
}

describe('programme documents', () => {
  let start: WorkspaceSnapshot;
  beforeAll(() => {
    const { ws, done } = setUpWorkspace();
    threeProgrammes(ws);
    start = ws.snapshot();
    done();
  });

  function fresh<T>(body: (ws: Workspace) => T): T {
    const ws = Workspace.restore(start);
    const done = ws.install();
    try {
      return body(ws);
    } finally {
      done();
    }
  }

  it('says how many will be made, makes one document per programme with its plan, links each in «Программы»', () => {
    fresh((ws) => {
      const choices = fromSidebar(ws, () => loadOrderSidebar());
      expect(choices.programmes.map((p) => [p.id, p.hasDocument])).toEqual([
        ['ПР-0001', false],
        ['ПР-0002', false],
        ['ПР-0003', false],
      ]);
      const { started, progress } = runBatch(ws);
      expect(started.summary).toBe('Будет создано 3 новых документа.');
      expect(progress).toMatchObject({ total: 3, processed: 3, finished: true, failed: [] });
      const { docs, links } = outcome(ws);
      expect(docs.map((d) => d.name)).toEqual([
        'Программа наставничества ПР-0001 — Программа 1',
        'Программа наставничества ПР-0002 — Программа 2',
        'Программа наставничества ПР-0003 — Программа 3',
      ]);
      expect(docs[1].text).toContain('Жумабаева Асель');
      expect(docs[1].text).toContain('Планирование недели 2');
      expect(docs[1].text).not.toContain('{{');
      expect(links).toEqual([true, true, true]);
      // Run again: nothing new is made, and the curator is told so before it starts.
      const again = runBatch(ws);
      expect(again.started.summary).toBe(
        'Будет создано 0 новых документов; у остальных документ уже есть, он останется как есть.',
      );
      expect(outcome(ws).docs).toHaveLength(3);
    });
  });

  it('stopped at any service call and resumed, ends with exactly one document per programme', () => {
    const clean = fresh((ws) => {
      runBatch(ws);
      return outcome(ws);
    });
    const calls = fresh((ws) => {
      const started = fromSidebar(ws, () => startProgrammeDocuments({ programmeIds: IDS }));
      ws.rt.counter.reset();
      fromSidebar(ws, () => continueProgrammeDocuments(started.id));
      return ws.rt.counter.total();
    });
    for (const k of pointsToTry(calls, 20)) {
      const result = fresh((ws) => {
        const started = fromSidebar(ws, () => startProgrammeDocuments({ programmeIds: IDS }));
        ws.rt.killAt({ occurrence: k });
        try {
          fromSidebar(ws, () => continueProgrammeDocuments(started.id));
        } catch (error) {
          if (!(error instanceof Error && error.message === EXECUTION_TIME_LIMIT_MESSAGE)) throw error;
        }
        let progress = fromSidebar(ws, () => continueProgrammeDocuments(started.id));
        for (let i = 0; i < 5 && !progress.finished; i++) {
          progress = fromSidebar(ws, () => continueProgrammeDocuments(started.id));
        }
        return outcome(ws);
      });
      expect({ k, result }).toEqual({ k, result: clean });
    }
  });
});
