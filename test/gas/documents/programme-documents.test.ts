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

const BOTH = ['programme', 'agreement'];

/** Runs the batch to its end as the sidebar does; answers the last progress. */
function runBatch(ws: Workspace, documents?: string[]) {
  const started = fromSidebar(ws, () => startProgrammeDocuments({ programmeIds: IDS, documents }));
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
  const rows = seen(ws, 'Программы')
    .slice(1)
    .filter((r) => r[0] !== '');
  const links = rows.map((r) => r[header.indexOf('Документ')] !== '');
  const agreements = rows.map((r) => r[header.indexOf('Соглашение')] !== '');
  return { docs, links, agreements };
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
        'Будет создано 0 новых документов; остальные документы уже есть, они останутся как есть.',
      );
      expect(outcome(ws).docs).toHaveLength(3);
    });
  });

  it("makes the participants' agreements too when asked, each linked in «Соглашение», without a second programme", () => {
    fresh((ws) => {
      runBatch(ws);
      const { started, progress } = runBatch(ws, BOTH);
      expect(started.summary).toBe(
        'Будет создано 3 новых документа; остальные документы уже есть, они останутся как есть.',
      );
      expect(progress).toMatchObject({ total: 6, processed: 6, finished: true, failed: [] });
      const { docs, agreements } = outcome(ws);
      expect(docs.map((d) => d.name)).toEqual([
        'Программа наставничества ПР-0001 — Программа 1',
        'Программа наставничества ПР-0002 — Программа 2',
        'Программа наставничества ПР-0003 — Программа 3',
        'Соглашение участников программы наставничества ПР-0001 — Программа 1',
        'Соглашение участников программы наставничества ПР-0002 — Программа 2',
        'Соглашение участников программы наставничества ПР-0003 — Программа 3',
      ]);
      expect(agreements).toEqual([true, true, true]);
      const text = docs[4].text;
      expect(text).toContain('СОГЛАШЕНИЕ');
      expect(text).toContain('15 сентября 2025 г.');
      expect(text).toMatch(/наставник Петрова Анна \S+, /);
      expect(text).toContain('Жумабаева Асель');
      expect(text).toContain('«Программа 2»');
      expect(text).toContain('с 15 сентября 2025 г. по 29 мая 2026 г.');
      expect(text).not.toContain('{{');
    });
  });

  it("stops at Google's limit for the day, says so in Russian, and makes the rest the next day without repeats", () => {
    fresh((ws) => {
      ws.docs.limits.documentsCreatedPerDay = 3;
      const started = fromSidebar(ws, () => startProgrammeDocuments({ programmeIds: IDS, documents: BOTH }));
      const stopped = fromSidebar(ws, () => continueProgrammeDocuments(started.id));
      expect(stopped).toMatchObject({ finished: false, failed: [] });
      expect(stopped.processed).toBeLessThan(6);
      expect(stopped.summary).toContain('Google не даёт создать сегодня больше документов');
      // Pressed again the same day: nothing more is made, and nothing is marked failed.
      expect(fromSidebar(ws, () => continueProgrammeDocuments(started.id))).toMatchObject({
        processed: stopped.processed,
        failed: [],
      });
      ws.rt.advance(24 * 60 * 60 * 1000);
      let progress = fromSidebar(ws, () => continueProgrammeDocuments(started.id));
      for (let i = 0; i < 5 && !progress.finished; i++) {
        progress = fromSidebar(ws, () => continueProgrammeDocuments(started.id));
        if (!progress.finished && progress.stopped) ws.rt.advance(24 * 60 * 60 * 1000);
      }
      expect(progress).toMatchObject({ total: 6, processed: 6, finished: true, failed: [] });
      const { docs, links, agreements } = outcome(ws);
      expect(docs).toHaveLength(6);
      expect(new Set(docs.map((d) => d.name)).size).toBe(6);
      expect([links, agreements]).toEqual([
        [true, true, true],
        [true, true, true],
      ]);
    });
  });

  it('stopped at any service call and resumed, ends with exactly one document per programme', () => {
    const clean = fresh((ws) => {
      runBatch(ws, BOTH);
      return outcome(ws);
    });
    const calls = fresh((ws) => {
      const started = fromSidebar(ws, () => startProgrammeDocuments({ programmeIds: IDS, documents: BOTH }));
      ws.rt.counter.reset();
      fromSidebar(ws, () => continueProgrammeDocuments(started.id));
      return ws.rt.counter.total();
    });
    for (const k of pointsToTry(calls, 20)) {
      const result = fresh((ws) => {
        const started = fromSidebar(ws, () =>
          startProgrammeDocuments({ programmeIds: IDS, documents: BOTH }),
        );
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
