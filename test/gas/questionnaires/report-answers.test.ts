/**
 * The questionnaires' answers in the annual report: what the result sheets hold is what «Удовлетворённость
 * участников» counts — one respondent per person answered, a blank event and a changed code not counted.
 */
import type { Workspace } from '../../../emulator/workspace';
import { questionnaireAnswers } from '../../../src/app/report/answers';
import { buildReport } from '../../../src/app/report/build-report';
import { GoogleDocs } from '../../../src/gas/documents/google-docs';
import { SheetReport } from '../../../src/gas/report/report-sheet';
import { services } from '../../../src/gas/services';
import { createQuestionnaire, loadQuestionnaireLinks } from '../endpoints';
import { fromSidebar, seen } from '../registry-fixture';
import { kpi } from '../report/year-fixture';
import { answersFor, formOf, workbookWithPairs } from './questionnaire-fixture';

describe('the annual report reads the result sheets', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = workbookWithPairs(4)));
  afterEach(() => done());

  const report = () => {
    ws.run(
      () => {
        const ss = SpreadsheetApp.getActiveSpreadsheet();
        const s = services();
        buildReport(s, {
          sheets: new SheetReport(ss),
          documents: new GoogleDocs(() => ss.getId()),
          answers: questionnaireAnswers(s),
        });
      },
      { kind: 'menu' },
    );
    return seen(ws, 'Отчёт 2025/2026');
  };
  const TABLE = 'Удовлетворённость участников (анкетирование)';
  const ANSWERED = 'Ответили на анкету удовлетворённости';

  it('says «нет данных» without questionnaires, and counts the answers given through personal links', () => {
    expect(kpi(report(), TABLE, ANSWERED, 'Наставляемые')).toBe('нет данных');
    const made = fromSidebar(ws, () =>
      createQuestionnaire({
        kind: 'mentee-satisfaction',
        recipients: [
          'НЯ-0001|ПГ-0001|наставляемый',
          'НЯ-0002|ПГ-0002|наставляемый',
          'НЯ-0003|ПГ-0003|наставляемый',
        ],
      }),
    );
    const form = formOf(ws, made.formUrl);
    const { links } = fromSidebar(ws, () => loadQuestionnaireLinks(made.questionnaireId));
    ws.rt.advance(60_000);
    ws.forms.submitPrefilled(links[0].url, answersFor(form, 8), { blankDuplicate: true });
    ws.rt.advance(60_000);
    ws.forms.submitPrefilled(links[1].url, answersFor(form, 6), { duplicate: true });
    ws.rt.advance(60_000);
    // A code changed by hand attaches nobody, so it is not a respondent.
    ws.forms.submitPrefilled(
      links[2].url.replace(/entry\.(\d+)=\w+/, 'entry.$1=changed'),
      answersFor(form, 2),
    );
    const rows = report();
    expect(kpi(rows, TABLE, ANSWERED, 'Наставляемые')).toBe('2');
    expect(kpi(rows, TABLE, 'Средняя оценка (из 10 баллов)', 'Наставляемые')).toBe('7,0');
  });
});
