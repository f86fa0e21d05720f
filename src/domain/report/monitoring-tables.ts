import {
  BANDS,
  type ImpactIndicator,
  type MonitoringFigures,
  type MonitoringState,
  type SatisfactionFigures,
} from './monitoring';
import type { AnswerRole } from './questionnaire-results';
import {
  NO_DATA,
  chartIfData,
  noDataRow,
  share,
  type ColumnFormat,
  type ReportColumn,
  type ReportRow,
  type ReportTable,
  type ReportValue,
} from './report-table';

const ROLES: readonly AnswerRole[] = ['mentor', 'mentee'];
const BY_ROLE: readonly ReportColumn[] = [
  { header: 'Наставники', format: 'count' },
  { header: 'Наставляемые', format: 'count' },
];

/** Why a monitoring table has no figures, said to the curator; nothing when there are answers. */
export function noDataNote(state: MonitoringState): string | undefined {
  if (state === 'no-questionnaires') return 'Нет данных: анкеты в таблице ещё не созданы.';
  if (state === 'no-answers') return 'Нет данных: за год нет ответов на анкеты.';
  return undefined;
}

type Satisfaction = MonitoringFigures['satisfaction'];

/** A row of a value per role, NO_DATA where that role gave no answers. */
function roleRow(
  label: string,
  s: Satisfaction,
  value: (x: SatisfactionFigures) => ReportValue,
  format: ColumnFormat,
  level?: 1,
): ReportRow {
  return { label, values: ROLES.map((r) => (s[r].respondents > 0 ? value(s[r]) : NO_DATA)), format, level };
}

/**
 * Satisfaction of mentors and mentees: who answered of those who took part, the mean score of 10, the share in each
 * band and the share wishing to continue.
 */
export function satisfactionTable(
  f: MonitoringFigures,
  participants: Readonly<Record<AnswerRole, number>>,
): ReportTable {
  const s = f.satisfaction;
  const asked = f.state !== 'no-questionnaires';
  return {
    key: 'satisfaction',
    title: 'Удовлетворённость участников (анкетирование)',
    labelHeader: 'Показатель',
    columns: BY_ROLE,
    rows: [
      { label: 'Участников в году', values: ROLES.map((r) => participants[r]) },
      {
        label: 'Ответили на анкету удовлетворённости',
        values: ROLES.map((r) => (asked ? s[r].respondents : NO_DATA)),
      },
      {
        label: 'доля ответивших',
        values: ROLES.map((r) => (asked ? share(s[r].respondents, participants[r]) : NO_DATA)),
        format: 'share',
        level: 1,
      },
      roleRow('Средняя оценка (из 10 баллов)', s, (x) => x.mean ?? NO_DATA, 'score'),
      ...BANDS.map((band, i) =>
        roleRow(`оценка ${band.label}`, s, (x) => share(x.bands[i], x.respondents), 'share', 1),
      ),
      roleRow(
        'Хотели бы продолжить участие в наставничестве',
        s,
        (x) => share(x.wantToContinue, x.askedToContinue),
        'share',
      ),
    ],
    note:
      noDataNote(f.state) ??
      'Оценка участника — среднее его ответов по шкале от 1 до 10; доли — от ответивших.',
  };
}

/** How many respondents of each role gave a score in each band: the chart of the distribution. */
export function satisfactionBandsTable(f: MonitoringFigures): ReportTable {
  const s = f.satisfaction;
  const rows: ReportRow[] = BANDS.map((band, i) => ({
    label: band.label,
    values: ROLES.map((r) => (s[r].respondents > 0 ? s[r].bands[i] : NO_DATA)),
  }));
  return {
    key: 'satisfaction-bands',
    title: 'Распределение оценок удовлетворённости',
    labelHeader: 'Оценка',
    columns: BY_ROLE,
    rows,
    note: noDataNote(f.state),
    chart: chartIfData(rows, { type: 'column', title: 'Оценки удовлетворённости', series: [0, 1] }),
  };
}

/** The mean of each question of the satisfaction questionnaires, mentors' and mentees' side by side. */
export function satisfactionQuestionsTable(f: MonitoringFigures): ReportTable {
  const means = ROLES.map((r) => new Map(f.satisfaction[r].byQuestion.map((q) => [q.question, q.mean])));
  const questions = [...new Set(means.flatMap((m) => [...m.keys()]))];
  const rows: ReportRow[] = questions.map((q) => ({
    label: q,
    values: means.map((m) => m.get(q) ?? NO_DATA),
  }));
  return {
    key: 'satisfaction-questions',
    title: 'Удовлетворённость по вопросам анкеты (средний балл из 10)',
    labelHeader: 'Вопрос',
    columns: BY_ROLE.map((c) => ({ ...c, format: 'score' })),
    rows: rows.length > 0 ? rows : [noDataRow('Вопросы анкеты', 2)],
    note: noDataNote(f.state),
  };
}

const ROLE_WORDS: Readonly<Record<AnswerRole, { key: string; genitive: string }>> = {
  mentor: { key: 'impact-mentors', genitive: 'наставников' },
  mentee: { key: 'impact-mentees', genitive: 'наставляемых' },
};

/** Entry against exit per indicator for one role: who has both answers, the mean at entry, at exit, the change. */
export function impactTable(f: MonitoringFigures, role: AnswerRole): ReportTable {
  const indicators: readonly ImpactIndicator[] = f.impact[role];
  const rows: ReportRow[] = indicators.map((i) => ({
    label: i.indicator,
    values: [i.people, i.entry, i.exit, i.exit - i.entry],
  }));
  const words = ROLE_WORDS[role];
  return {
    key: words.key,
    title: `Входная и итоговая диагностика ${words.genitive} (средний балл из 10)`,
    labelHeader: 'Показатель',
    columns: [
      { header: 'Участников с обеими анкетами', format: 'count' },
      { header: 'На входе', format: 'score' },
      { header: 'На выходе', format: 'score' },
      { header: 'Изменение', format: 'score' },
    ],
    rows: rows.length > 0 ? rows : [noDataRow('Показатели', 4)],
    note:
      noDataNote(f.state) ??
      (rows.length > 0
        ? 'Итоговая анкета года сравнивается с последней входной анкетой того же участника.'
        : 'Нет данных: за год нет пар входной и итоговой анкет одного участника.'),
    chart: chartIfData(rows, {
      type: 'bar',
      title: `Входная и итоговая диагностика ${words.genitive}`,
      series: [1, 2],
    }),
  };
}
