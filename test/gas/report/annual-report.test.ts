/**
 * «Построить годовой отчёт» on the emulator, clicked as the curator clicks it after a year played through the
 * add-on's own endpoints: every KPI on the sheet against a count of the year's facts written here, the charts, the
 * note with its plurals, an empty year, a year typed in the question, and a rebuild that leaves every other sheet
 * exactly as it was.
 */
import { EXECUTION_TIME_LIMIT_MESSAGE } from '../../../emulator/core/runtime';
import { Workspace } from '../../../emulator/workspace';
import { NO_QUESTIONNAIRES } from '../../../src/app/report/answers';
import { buildReport as build } from '../../../src/app/report/build-report';
import { GoogleDocs } from '../../../src/gas/documents/google-docs';
import { SheetReport } from '../../../src/gas/report/report-sheet';
import { services } from '../../../src/gas/services';
import { pointsToTry } from '../operations/points';
import { addTrainingRecord } from '../endpoints';
import { fromSidebar, seen, setUpWorkspace } from '../registry-fixture';
import { YEAR, buildReport, kpi, playYear, reportRows } from './year-fixture';

const SHEET = 'Отчёт 2025/2026';
const NOTE = 'Аналитическая справка по итогам реализации системы наставничества за 2025/2026 учебный год';
const LEARNING = ['курсы повышения квалификации (КПК)', 'установочная сессия', 'образовательный интенсив'];

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;
const distinct = <T>(xs: readonly T[]) => new Set(xs).size;

/** The year's figures counted from the facts the fixture played, without the report's code. */
function countYear() {
  const reportDay = YEAR.reportDay.slice(0, 10);
  const inPairs = YEAR.pairs.flatMap((p) => p.mentees);
  const young = YEAR.mentees.map((m, i) => ({ m, i })).filter(({ m }) => m.experienceYears <= 3);
  const completedMentees = YEAR.pairs.filter((p) => p.outcome === 'completed').flatMap((p) => p.mentees);
  const inWork = YEAR.pairs.filter((p) => p.outcome === 'running').flatMap((p) => p.mentees);
  const events = YEAR.pairs.flatMap((p) =>
    p.events.map((e) => ({
      ...e,
      // An event not done, due after its programme ended early, is taken off the plan.
      removed: p.outcome === 'ended-early' && !e.done && e.deadline > YEAR.earlyEnd,
    })),
  );
  const planned = events.filter((e) => !e.removed);
  const training = [
    ...YEAR.training,
    ...YEAR.thanked.map((mentor) => ({ mentor, kind: 'благодарность', date: '2026-05-25' })),
  ];
  const awards = training.filter((t) => ['благодарность', 'грамота', 'премия'].includes(t.kind));
  const contests = YEAR.training.filter((t) => t.kind === 'конкурс');
  return {
    mentors: YEAR.mentors.length,
    working: distinct(YEAR.pairs.map((p) => p.mentor)),
    trained: distinct(YEAR.training.filter((t) => LEARNING.includes(t.kind)).map((t) => t.mentor)),
    mentees: YEAR.mentees.length,
    mentored: distinct(inPairs),
    waiting: YEAR.mentees.filter((_, i) => !inWork.includes(i) && !completedMentees.includes(i)).length,
    young: young.length,
    youngCovered: young.filter(({ i }) => inPairs.includes(i)).length,
    total: YEAR.pairs.length,
    pairs: YEAR.pairs.filter((p) => p.mentees.length === 1).length,
    groups: YEAR.pairs.filter((p) => p.mentees.length > 1).length,
    menteesInGroups: YEAR.pairs.filter((p) => p.mentees.length > 1).flatMap((p) => p.mentees).length,
    completed: YEAR.pairs.filter((p) => p.outcome === 'completed').length,
    endedEarly: YEAR.pairs.filter((p) => p.outcome === 'ended-early').length,
    planned: planned.length,
    done: planned.filter((e) => e.done).length,
    overdue: planned.filter((e) => !e.done && e.deadline < reportDay).length,
    removed: events.filter((e) => e.removed).length,
    byKind: (kind: string) => training.filter((t) => t.kind === kind),
    awarded: distinct(awards.map((t) => t.mentor)),
    contests: contests.length,
    winners: contests.filter((t) => t.result === 'победитель').length,
    hours: YEAR.training.reduce((sum, t) => sum + (t.hours ?? 0), 0),
  };
}

/**
 * Every sheet but the report as the model holds it — values, formats, notes, validations, merges, charts — with
 * the named ranges, protections and developer metadata anchored to them.
 */
function otherSheets(ws: Workspace, report: string): string {
  const model = ws.spreadsheet.model();
  const reportId = model.sheets.find((s) => s.name === report)?.sheetId;
  const elsewhere = (x: unknown) => !JSON.stringify(x).includes(`"sheetId":${String(reportId)}`);
  return JSON.stringify({
    sheets: model.sheets.filter((s) => s.name !== report),
    namedRanges: model.namedRanges,
    protections: model.protections.filter(elsewhere),
    metadata: model.metadata.filter(elsewhere),
  });
}

/** The report sheet's charts as the model holds them. */
const chartsOf = (ws: Workspace, sheet = SHEET) =>
  ws.spreadsheet.model().sheets.find((s) => s.name === sheet)?.charts ?? [];

/** The Docs named `name` (not trashed). */
const docsNamed = (ws: Workspace, name: string) =>
  ws.docs.store.state.files.filter((f) => f.name === name && !f.trashed);

describe('«Построить годовой отчёт»', () => {
  let ws: Workspace;
  let done: () => void;
  beforeEach(() => ({ ws, done } = setUpWorkspace()));
  afterEach(() => done());

  it('a full year: every KPI on the sheet equals the count of what happened', () => {
    playYear(ws);
    buildReport(ws);
    const rows = reportRows(ws);
    const n = countYear();
    const at = (title: string, label: string, column?: string) => kpi(rows, title, label, column);

    expect(at('Наставники', 'Наставников в банке')).toBe(String(n.mentors));
    expect(at('Наставники', 'вели пары и группы в году')).toBe(String(n.working));
    expect(at('Наставники', 'вели пары и группы в году', 'Доля')).toBe(percent(n.working, n.mentors));
    expect(at('Наставники', 'прошли обучение в году (КПК, установочные сессии, интенсивы)')).toBe(
      String(n.trained),
    );

    expect(at('Наставляемые', 'Наставляемых в банке')).toBe(String(n.mentees));
    expect(at('Наставляемые', 'были в парах и группах в году')).toBe(String(n.mentored));
    expect(at('Наставляемые', 'ожидают наставника на дату отчёта')).toBe(String(n.waiting));
    expect(at('Наставляемые', 'Молодых специалистов (стаж до 3 лет)')).toBe(String(n.young));
    expect(at('Наставляемые', 'из них охвачены наставничеством')).toBe(String(n.youngCovered));
    expect(at('Наставляемые', 'из них охвачены наставничеством', 'Доля')).toBe(
      percent(n.youngCovered, n.young),
    );

    const pairs = 'Наставнические пары и группы';
    expect(at(pairs, 'Пар и групп, работавших в году')).toBe(String(n.total));
    expect(at(pairs, 'пар (наставник и наставляемый)')).toBe(String(n.pairs));
    expect(at(pairs, 'групп (наставник и два наставляемых или больше)')).toBe(String(n.groups));
    expect(at(pairs, 'Наставляемых в группах')).toBe(String(n.menteesInGroups));
    expect(at(pairs, 'Закреплены приказом')).toBe(String(n.total));
    expect(at('Пары и группы по формам наставничества', 'педагог – педагог')).toBe(String(n.total));
    expect(at('Пары и группы по видам наставничества', 'в группе')).toBe(String(n.groups));

    const programmes = 'Персонализированные программы наставничества';
    expect(at(programmes, 'Программ пар и групп, работавших в году')).toBe(String(n.total));
    expect(at(programmes, 'Завершены в полном объёме')).toBe(String(n.completed));
    expect(at(programmes, 'Прекращены досрочно')).toBe(String(n.endedEarly));
    expect(at(programmes, 'по обоюдному решению (уважительные обстоятельства)')).toBe(String(n.endedEarly));

    const plan = 'Мероприятия планов персонализированных программ';
    expect(at(plan, 'Запланировано на год')).toBe(String(n.planned));
    expect(at(plan, 'выполнено')).toBe(String(n.done));
    expect(at(plan, 'выполнено', 'Доля')).toBe(percent(n.done, n.planned));
    expect(at(plan, 'не выполнено, срок прошёл')).toBe(String(n.overdue));
    expect(at(plan, 'Снято с плана досрочным завершением программы')).toBe(String(n.removed));
    expect(at('Мероприятия по направлениям', 'методические', 'Выполнено')).toBe(String(n.done));

    const orders = 'Приказы по системе наставничества';
    expect(at(orders, 'о закреплении наставнических пар/групп', 'Подписано')).toBe('1');
    expect(at(orders, 'о вынесении благодарности', 'Подписано')).toBe('1');
    expect(at(orders, 'Всего приказов', 'Издано')).toBe('2');

    const training = 'Обучение и награды наставников';
    for (const kind of [
      'курсы повышения квалификации (КПК)',
      'установочная сессия',
      'конкурс',
      'благодарность',
      'грамота',
    ]) {
      expect([kind, at(training, kind, 'Записей')]).toEqual([kind, String(n.byKind(kind).length)]);
      expect([kind, at(training, kind, 'Наставников')]).toEqual([
        kind,
        String(distinct(n.byKind(kind).map((t) => t.mentor))),
      ]);
    }
    expect(at(training, 'Поощрены (благодарность, грамота, премия)', 'Наставников')).toBe(String(n.awarded));
    expect(at(training, 'Часов КПК всего', 'Записей')).toBe(String(n.hours));
    expect(at('Конкурсы профессионального мастерства', 'Всего участий в конкурсах', 'Участий')).toBe(
      String(n.contests),
    );
    expect(at('Конкурсы профессионального мастерства', 'победитель', 'Участий')).toBe(String(n.winners));

    // No questionnaires in this workbook yet: every cell of answers says so, none reads as a zero.
    const satisfaction = 'Удовлетворённость участников (анкетирование)';
    expect(at(satisfaction, 'Средняя оценка (из 10 баллов)', 'Наставники')).toBe('нет данных');
    expect(at(satisfaction, 'Участников в году', 'Наставляемые')).toBe(String(n.mentored));

    // The charts where a person would rather look: the forms as a pie, the plan by direction, training…
    const charts = chartsOf(ws);
    const titles = charts.map((c) => c.options.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Виды наставничества', 'Приказы по видам', 'Обучение и награды наставников']),
    );
    // One form only this year: a pie of one slice says nothing, so there is none.
    expect(titles).not.toContain('Формы наставничества');
    // Each chart draws the label column and its series from the table's header row down, its totals left out.
    const kinds = charts.find((c) => c.options.title === 'Виды наставничества');
    expect(kinds?.type).toBe('BAR');
    const header = rows.findIndex((r) => r[0] === 'Вид наставничества') + 1;
    const kindRows = rows.slice(header).findIndex((r) => r[0] === '');
    expect(kinds?.ranges.map((r) => [r.row, r.column, r.numRows, r.numColumns])).toEqual([
      [header, 1, kindRows + 1, 1],
      [header, 2, kindRows + 1, 1],
    ]);
    expect(kinds?.position).toMatchObject({ row: header - 2 });

    // The note: a Google Doc of the year, its link on the sheet and in the message at the end.
    const [note] = docsNamed(ws, NOTE);
    expect(note).toBeDefined();
    expect(rows[2][0]).toBe(`Аналитическая справка: ${NOTE}`);
    const link = SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(SHEET)
      ?.getRange(3, 1)
      .getRichTextValue()
      ?.getLinkUrl();
    expect(link).toContain(note.id);
    const message = String(ws.spreadsheet.ui.alerts.slice(-1)[0].prompt);
    expect(message).toContain(`«${SHEET}»`);
    expect(message).toContain(link);
  });

  it('the note says the figures in sentences with Russian plurals', () => {
    playYear(ws);
    buildReport(ws);
    const n = countYear();
    const text = ws.docs.exportText(docsNamed(ws, NOTE)[0].id);
    expect(text).toContain(NOTE);
    // 3 → «наставника», 4 → «наставляемых»; 2 пары и 1 группу.
    expect(text).toContain(
      `участвовали ${n.working} наставника и ${n.mentored} наставляемых, объединённые в ${n.pairs} пары и ${n.groups} группу`,
    );
    expect(text).toContain(`В банке наставников на 05.06.2026 — ${n.mentors} наставника`);
    expect(text).toContain(`включали ${n.planned} мероприятий`);
    expect(text).toContain(`не выполнено при истёкшем сроке ${n.overdue} мероприятия`);
    expect(text).toContain(`прошли ${n.trained} наставника`);
    expect(text).toContain(`Поощрены ${n.awarded} наставника: 2 благодарности и 1 грамота`);
    expect(text).toContain('издано 2 приказа');
    expect(text).toContain('[Заполняет куратор:');
    expect(text).toContain('УТВЕРЖДАЮ');
  });

  it("an empty year: zeros and «нет данных», no chart but the roadmap's, a note that says nothing worked", () => {
    buildReport(ws);
    const rows = reportRows(ws);
    expect(kpi(rows, 'Наставники', 'Наставников в банке')).toBe('0');
    expect(kpi(rows, 'Наставники', 'вели пары и группы в году', 'Доля')).toBe('нет данных');
    expect(kpi(rows, 'Наставнические пары и группы', 'Пар и групп, работавших в году')).toBe('0');
    expect(kpi(rows, 'Обучение и награды наставников', 'конкурс', 'Записей')).toBe('0');
    // Only the model roadmap of the year has something to draw: nothing else worked yet.
    expect(chartsOf(ws).map((c) => c.options.title)).toEqual(['Выполнение дорожной карты по этапам']);
    const text = ws.docs.exportText(docsNamed(ws, NOTE)[0].id);
    expect(text).toContain('наставнические пары и группы не работали');
    expect(text).not.toContain('{{');
  });

  it('a year typed in the question has its own sheet and note; a wrong one is refused in Russian', () => {
    playYear(ws);
    buildReport(ws, '2024/2025');
    const rows = reportRows(ws, 'Отчёт 2024/2025');
    expect(rows[1][0]).toContain('Период: 01.09.2024 – 31.08.2025.');
    expect(kpi(rows, 'Наставнические пары и группы', 'Пар и групп, работавших в году')).toBe('0');
    expect(
      docsNamed(
        ws,
        'Аналитическая справка по итогам реализации системы наставничества за 2024/2025 учебный год',
      ),
    ).toHaveLength(1);
    buildReport(ws, 'прошлый');
    expect(String(ws.spreadsheet.ui.alerts.slice(-1)[0].prompt)).toContain('«прошлый» — не учебный год');
    expect(ws.spreadsheet.model().sheets.some((s) => s.name === SHEET)).toBe(false);
  });

  it('a rebuild replaces the report and its note, and leaves every other sheet exactly as it was', () => {
    playYear(ws);
    buildReport(ws);
    // The year goes on: a record added, so the rebuild has something new to say.
    fromSidebar(ws, () => addTrainingRecord({ mentorId: 'НК-0004', kind: 'премия', date: '2026-06-04' }));
    const before = otherSheets(ws, SHEET);
    const sheetsBefore = ws.spreadsheet.model().sheets.map((s) => s.name);
    buildReport(ws);
    expect(otherSheets(ws, SHEET)).toBe(before);
    expect(ws.spreadsheet.model().sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(kpi(reportRows(ws), 'Обучение и награды наставников', 'премия', 'Записей')).toBe('1');
    // One note for the year, rewritten: it says what the sheet says now.
    const notes = docsNamed(ws, NOTE);
    expect(notes).toHaveLength(1);
    expect(ws.docs.exportText(notes[0].id)).toContain('премия');
    // The charts were made again, not added to the old ones.
    const titles = chartsOf(ws).map((c) => String(c.options.title));
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('Google’s daily limit of documents: the sheet is built, the note waits for the next build', () => {
    playYear(ws);
    ws.docs.limits.documentsCreatedPerDay = 0;
    buildReport(ws);
    expect(String(ws.spreadsheet.ui.alerts.slice(-1)[0].prompt)).toContain(
      `Лист «${SHEET}» построен, а аналитическую справку Google сегодня создать не дал`,
    );
    expect(kpi(reportRows(ws), 'Наставнические пары и группы', 'Пар и групп, работавших в году')).toBe('3');
    expect(docsNamed(ws, NOTE)).toEqual([]);
    ws.docs.limits.documentsCreatedPerDay = 250;
    buildReport(ws);
    expect(docsNamed(ws, NOTE)).toHaveLength(1);
    expect(reportRows(ws)[2][0]).toBe(`Аналитическая справка: ${NOTE}`);
  });

  it('never deletes a sheet of that name the curator made', () => {
    SpreadsheetApp.getActiveSpreadsheet().insertSheet(SHEET).getRange('A1').setValue('мои заметки');
    buildReport(ws);
    expect(String(ws.spreadsheet.ui.alerts.slice(-1)[0].prompt)).toContain('сделало не дополнение');
    expect(seen(ws, SHEET)[0][0]).toBe('мои заметки');
  });

  it('a build stopped at any service call and run again leaves one report, one note and the other sheets as they were', () => {
    playYear(ws);
    buildReport(ws);
    const start = ws.snapshot();
    /** The build as the menu runs it after its question, on another workspace from `start`. */
    const rebuild = (other: Workspace) =>
      other.run(
        () => {
          const ss = SpreadsheetApp.getActiveSpreadsheet();
          const ports = {
            sheets: new SheetReport(ss),
            documents: new GoogleDocs(() => ss.getId()),
            answers: NO_QUESTIONNAIRES,
          };
          build(services(), ports);
        },
        { kind: 'menu' },
      );
    const outcome = (other: Workspace) => ({
      others: otherSheets(other, SHEET),
      report: other.spreadsheet.displayValues(SHEET),
      charts: (other.spreadsheet.model().sheets.find((x) => x.name === SHEET)?.charts ?? []).map(
        (c) => c.options.title,
      ),
      notes: docsNamed(other, NOTE).map((f) => other.docs.exportText(f.id)),
    });
    const clean = (() => {
      const other = Workspace.restore(start);
      const uninstall = other.install();
      try {
        other.rt.counter.reset();
        rebuild(other);
        return { calls: other.rt.counter.total(), result: outcome(other) };
      } finally {
        uninstall();
      }
    })();
    expect(clean.result.notes).toHaveLength(1);
    for (const k of pointsToTry(clean.calls, 10)) {
      const other = Workspace.restore(start);
      const uninstall = other.install();
      try {
        other.rt.killAt({ occurrence: k });
        let stopped = false;
        try {
          rebuild(other);
        } catch (error) {
          if (!(error instanceof Error && error.message === EXECUTION_TIME_LIMIT_MESSAGE)) throw error;
          stopped = true;
        }
        rebuild(other);
        expect({ k, stopped, result: outcome(other) }).toEqual({ k, stopped: true, result: clean.result });
      } finally {
        uninstall();
      }
    }
  });
});
