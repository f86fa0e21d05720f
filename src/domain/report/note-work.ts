import { formatRuDate } from '../registry/dates';
import type { ReportFigures } from './annual-report';
import { NO_FORM, type Tally } from './mentorships';
import { WORDS, agree, count, percent } from './note-words';
import { yearRu, type ReportYear } from './report-year';

/** ««педагог – педагог» — 3, «руководитель – педагог» — 1»: the values of a list that occur, with their counts. */
function tallyList(tallies: readonly Tally[], quoted: boolean): string {
  return tallies
    .filter((t) => t.count > 0)
    .map((t) => `${quoted && t.label !== NO_FORM ? `«${t.label}»` : t.label} — ${t.count}`)
    .join(', ');
}

/** Forms and kinds of the year's pairs and groups. */
export function formsText(f: ReportFigures): string[] {
  if (f.mentorships.total === 0) return [];
  return [
    `По формам наставничества пары и группы распределились так: ${tallyList(f.mentorships.byForm, true)}; по видам: ` +
      `${tallyList(f.mentorships.byKind, false)}.`,
  ];
}

/** The programmes: how many ran, started, were completed, ended early and why, were extended. */
export function programmesText(f: ReportFigures, year: ReportYear): string[] {
  const p = f.programmes;
  if (p.total === 0)
    return [
      `Персонализированные программы наставничества в ${yearRu(year, 'prepositional')} не реализовывались.`,
    ];
  const parts = [
    ['начаты в году', p.started],
    ['завершены в полном объёме', p.completed],
    ['прекращены досрочно', p.endedEarly],
    ['продлены', p.extended],
    ['продолжаются после окончания года', p.continuing],
  ] as const;
  const said = parts.filter(([, n], i) => n > 0 || i === 1).map(([label, n]) => `${label} — ${n}`);
  const lines = [
    `В ${yearRu(year, 'prepositional')} ${agree(p.total, 'реализовывалась', 'реализовывались')} ` +
      `${count(p.total, WORDS.programme)}: ${said.join(', ')}.`,
  ];
  const reasons = p.byReason.filter((r) => r.count > 0);
  if (reasons.length > 0)
    lines.push(`Причины досрочного завершения: ${reasons.map((r) => `${r.label} — ${r.count}`).join('; ')}.`);
  if (p.pastEnd > 0)
    lines.push(
      `У ${count(p.pastEnd, WORDS.programmeGenitive)} срок окончания прошёл, а статус пары или группы в реестре не изменён.`,
    );
  return lines;
}

/** The plan events of the year against what was done, and what is overdue on the report's day. */
export function planText(f: ReportFigures, today: string): string[] {
  const e = f.plan;
  if (e.planned === 0)
    return ['Мероприятия планов персонализированных программ на год в реестре не запланированы.'];
  const overdue =
    e.overdue > 0
      ? `на ${formatRuDate(today)} не выполнено при истёкшем сроке ${count(e.overdue, WORDS.event)}`
      : 'просроченных мероприятий нет';
  return [
    `Планы персонализированных программ на год включали ${count(e.planned, WORDS.event)}; выполнено ${e.done} ` +
      `(${percent(e.done, e.planned)}), в том числе в срок — ${e.doneOnTime}; ${overdue}.`,
  ];
}

/** The orders of the year by kind. */
export function ordersText(f: ReportFigures, year: ReportYear): string[] {
  const o = f.orders;
  if (o.total === 0)
    return [`Приказы по системе наставничества в ${yearRu(year, 'prepositional')} не издавались.`];
  const kinds = o.byKind
    .filter((k) => k.total > 0)
    .map((k) => `${k.kind} — ${k.total}`)
    .join('; ');
  const drafts = o.total - o.signed;
  const unsigned = drafts > 0 ? `, не подписаны руководителем — ${drafts}` : '';
  return [
    `В ${yearRu(year, 'prepositional')} ${agree(o.total, 'издан', 'издано')} ${count(o.total, WORDS.order)} по ` +
      `системе наставничества (${kinds})${unsigned}.`,
  ];
}

/** The roadmap of the year: items done of those planned, overdue ones. */
export function roadmapText(f: ReportFigures, year: ReportYear, today: string): string[] {
  const r = f.roadmap;
  if (r.planned === 0) return [`Пункты дорожной карты на ${yearRu(year)} в реестре не заполнены.`];
  const overdue = r.overdue > 0 ? `, просрочено на ${formatRuDate(today)} — ${r.overdue}` : '';
  const inProgress = r.inProgress > 0 ? `, в работе — ${r.inProgress}` : '';
  return [
    `Дорожная карта на ${yearRu(year)} включает ${count(r.planned, WORDS.item)}; выполнено ${r.done} ` +
      `(${percent(r.done, r.planned)})${inProgress}${overdue}.`,
  ];
}
