import { MENTORING_FORMS, MENTORING_KINDS } from '../vocabulary';
import { isGroup } from '../registry/entities/mentorship';
import { COUNT, SHARE, chartIfData, countRow, type ReportRow, type ReportTable } from './report-table';
import type { YearIndex } from './year-index';

/** A value of a list and how many pairs and groups have it. */
export interface Tally {
  readonly label: string;
  readonly count: number;
}

/** Pairs and groups that worked in the year (year-index.ts says when one did). */
export interface MentorshipFigures {
  readonly total: number;
  readonly pairs: number;
  readonly groups: number;
  readonly menteesInGroups: number;
  readonly withOrder: number;
  readonly withoutProgramme: number;
  /** By form: the methodology's forms, then the curator's own wordings, then «форма не указана». */
  readonly byForm: readonly Tally[];
  /** By kind: a pair or group may combine several kinds. */
  readonly byKind: readonly Tally[];
}

/** The row of pairs and groups whose form is left empty. */
export const NO_FORM = 'форма не указана';

/** Counts the pairs and groups of the year: groups and their mentees, orders, programmes, forms, kinds. */
export function mentorshipFigures(index: YearIndex): MentorshipFigures {
  const forms = new Map<string, number>(MENTORING_FORMS.map((f) => [f, 0]));
  const kinds = new Map<string, number>(MENTORING_KINDS.map((k) => [k, 0]));
  let groups = 0;
  let menteesInGroups = 0;
  let withOrder = 0;
  let withoutProgramme = 0;
  for (const { mentorship: m, programme } of index.mentorships) {
    if (isGroup(m)) {
      groups++;
      menteesInGroups += m.menteeIds.length;
    }
    if (m.orderId) withOrder++;
    if (!programme) withoutProgramme++;
    const form = m.form?.trim() || NO_FORM;
    forms.set(form, (forms.get(form) ?? 0) + 1);
    for (const kind of new Set(m.kinds)) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const noForm = forms.get(NO_FORM);
  forms.delete(NO_FORM);
  if (noForm) forms.set(NO_FORM, noForm);
  const total = index.mentorships.length;
  return {
    total,
    pairs: total - groups,
    groups,
    menteesInGroups,
    withOrder,
    withoutProgramme,
    byForm: tallies(forms),
    byKind: tallies(kinds),
  };
}

function tallies(map: ReadonlyMap<string, number>): Tally[] {
  return [...map].map(([label, count]) => ({ label, count }));
}

/** «Наставнические пары и группы»: how many worked, pairs and groups, with an order, without a programme. */
export function mentorshipsTable(f: MentorshipFigures): ReportTable {
  return {
    key: 'mentorships',
    title: 'Наставнические пары и группы',
    labelHeader: 'Показатель',
    columns: [COUNT, SHARE],
    rows: [
      { label: 'Пар и групп, работавших в году', values: [f.total, ''] },
      countRow('пар (наставник и наставляемый)', f.pairs, f.total, 1),
      countRow('групп (наставник и два наставляемых или больше)', f.groups, f.total, 1),
      { label: 'Наставляемых в группах', values: [f.menteesInGroups, ''] },
      countRow('Закреплены приказом', f.withOrder, f.total),
      countRow('Без персонализированной программы на листе «Программы»', f.withoutProgramme, f.total),
    ],
    note:
      'Пара или группа работала в году, если она утверждена (не «проект»), началась не позже конца года и ' +
      'не закончилась до его начала.',
  };
}

function byRows(tallies: readonly Tally[], total: number, keepZero: (label: string) => boolean): ReportRow[] {
  return tallies
    .filter((t) => t.count > 0 || keepZero(t.label))
    .map((t) => countRow(t.label, t.count, total));
}

/** «Пары и группы по формам наставничества», drawn as a pie. */
export function formsTable(f: MentorshipFigures): ReportTable {
  const rows = byRows(f.byForm, f.total, (label) => (MENTORING_FORMS as readonly string[]).includes(label));
  return {
    key: 'mentorship-forms',
    title: 'Пары и группы по формам наставничества',
    labelHeader: 'Форма наставничества',
    columns: [COUNT, SHARE],
    rows,
    chart: chartIfData(rows, { type: 'pie', title: 'Формы наставничества', series: [0] }),
  };
}

/** «Пары и группы по видам наставничества», drawn as bars. */
export function kindsTable(f: MentorshipFigures): ReportTable {
  const rows = byRows(f.byKind, f.total, () => true);
  return {
    key: 'mentorship-kinds',
    title: 'Пары и группы по видам наставничества',
    labelHeader: 'Вид наставничества',
    columns: [COUNT, SHARE],
    rows,
    note: 'Пара или группа может сочетать несколько видов, поэтому сумма долей может быть больше 100 %.',
    chart: chartIfData(rows, { type: 'bar', title: 'Виды наставничества', series: [0] }),
  };
}
