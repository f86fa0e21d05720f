/**
 * An answer's trigger run stopped at each of its service calls (the 6-minute limit, a quota), or running while
 * another answer's run takes the workbook: the next answer's run and «Обновить результаты» leave exactly one row
 * per response under the right person, and each code used once.
 */
import { Workspace, type WorkspaceSnapshot } from '../../../emulator/workspace';
import * as endpoints from '../endpoints';
import { createQuestionnaire, loadQuestionnaireLinks, refreshQuestionnaireResults } from '../endpoints';
import { pointsToTry } from '../operations/points';
import { fromSidebar } from '../registry-fixture';
import { answersFor, formOf, registryOf, rowsOf } from './questionnaire-fixture';

describe('an ingestion stopped anywhere, or two at once', () => {
  let start: WorkspaceSnapshot;
  let links: string[];
  let formId: string;
  beforeAll(() => {
    const { ws, done } = registryOf(4);
    try {
      const made = fromSidebar(ws, () =>
        createQuestionnaire({ kind: 'mentee-satisfaction', period: '2025/2026 учебный год' }),
      );
      links = fromSidebar(ws, () => loadQuestionnaireLinks(made.questionnaireId)).links.map((l) => l.url);
      const form = formOf(ws, made.formUrl);
      formId = form.id;
      ws.rt.advance(60_000);
      ws.forms.submitPrefilled(links[0], answersFor(form, 5));
      start = ws.snapshot();
    } finally {
      done();
    }
  });

  /** The workspace as it was after the first answer, with the add-on's globals and script. */
  const restored = (): { ws: Workspace; done: () => void } => {
    const ws = Workspace.restore(start);
    const done = ws.install();
    ws.loadScript(endpoints as unknown as Record<string, unknown>);
    return { ws, done };
  };
  const answer = (ws: Workspace, link: string, score: number) => {
    const form = ws.forms.form(formId);
    if (!form) throw new Error('no form');
    ws.rt.advance(60_000);
    ws.forms.submitPrefilled(link, answersFor(form, score));
  };
  const expectExactlyOnce = (ws: Workspace) => {
    const rows = rowsOf(ws, 'Результаты АН-0001');
    expect(rows.map((r) => [r['ID респондента'], r['Индекс удовлетворённости'], r['Отметки']])).toEqual([
      ['НЯ-0001', '5', ''],
      ['НЯ-0002', '6', ''],
      ['НЯ-0003', '7', ''],
    ]);
    expect(rowsOf(ws, 'Коды анкет').map((r) => r['Состояние'])).toEqual([
      'использован',
      'использован',
      'использован',
      'выдан',
    ]);
    expect(rowsOf(ws, 'Анкеты')[0]['Ответов']).toBe('3');
  };

  it('completes a trigger run stopped at any call with the next answer and «Обновить результаты»', () => {
    const probe = restored();
    probe.ws.rt.counter.reset();
    answer(probe.ws, links[1], 6);
    const calls = probe.ws.rt.counter.total();
    probe.done();
    expect(calls).toBeGreaterThan(20);
    for (const k of pointsToTry(calls)) {
      const { ws, done } = restored();
      try {
        ws.rt.killAt({ occurrence: k });
        answer(ws, links[1], 6);
        expect(ws.platform.executions.at(-1)?.status).not.toBe('completed');
        answer(ws, links[2], 7);
        fromSidebar(ws, () => refreshQuestionnaireResults());
        expectExactlyOnce(ws);
      } finally {
        done();
      }
    }
  });

  it('keeps one row each when two answers run at once', () => {
    const probe = restored();
    probe.ws.rt.counter.reset();
    answer(probe.ws, links[1], 6);
    const calls = probe.ws.rt.counter.total();
    probe.done();
    for (const k of pointsToTry(calls, 5)) {
      const { ws, done } = restored();
      try {
        // At its k-th call, the second answer arrives and its own run goes while the first may hold the lock.
        ws.rt.interleaveAt(k, () => ws.platform.locks._nested(() => answer(ws, links[2], 7)));
        answer(ws, links[1], 6);
        fromSidebar(ws, () => refreshQuestionnaireResults());
        expectExactlyOnce(ws);
      } finally {
        done();
      }
    }
  });
});
