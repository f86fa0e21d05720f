import { chartIfData, share, type ReportRow, type ReportTable } from './report-table';
import { inYear, type ReportYear } from './report-year';
import {
  AWARD_KINDS,
  CONTEST_PLACES,
  CONTEST_RESULTS,
  LEARNING_KINDS,
  TRAINING_KINDS,
  type TrainingKind,
  type TrainingRecord,
} from './training';

/** Mentors' training and awards dated in the year: rows per kind, mentors per kind, contests by result. */
export interface TrainingFigures {
  readonly byKind: readonly {
    readonly kind: TrainingKind;
    readonly records: number;
    readonly mentors: number;
  }[];
  /** Mentors with a course, session or intensive in the year. */
  readonly trainedMentors: number;
  /** Mentors given a благодарность, грамота or премия in the year. */
  readonly awardedMentors: number;
  readonly courseHours: number;
  readonly contests: number;
  /** Contests in which the mentor took a place (призёр, победитель). */
  readonly contestPlaces: number;
  readonly byResult: readonly { readonly result: string; readonly count: number }[];
  /** Rows without a date: they cannot be placed in a year, so they are not counted. */
  readonly undated: number;
}

/** Counts the training and awards of the year per kind, mentor and contest result. */
export function trainingFigures(records: readonly TrainingRecord[], year: ReportYear): TrainingFigures {
  const mentorsByKind = new Map<TrainingKind, Set<string>>(TRAINING_KINDS.map((k) => [k, new Set()]));
  const recordsByKind = new Map<TrainingKind, number>(TRAINING_KINDS.map((k) => [k, 0]));
  const results = new Map<string, number>(CONTEST_RESULTS.map((r) => [r, 0]));
  const trained = new Set<string>();
  const awarded = new Set<string>();
  let courseHours = 0;
  let undated = 0;
  for (const r of records) {
    if (r.date === undefined) undated++;
    if (!inYear(r.date, year)) continue;
    recordsByKind.set(r.kind, (recordsByKind.get(r.kind) ?? 0) + 1);
    mentorsByKind.get(r.kind)?.add(r.mentorId);
    if (LEARNING_KINDS.includes(r.kind)) trained.add(r.mentorId);
    if (AWARD_KINDS.includes(r.kind)) awarded.add(r.mentorId);
    if (r.kind === 'курсы повышения квалификации (КПК)') courseHours += r.hours ?? 0;
    if (r.kind === 'конкурс') {
      const result = r.result ?? 'участник';
      results.set(result, (results.get(result) ?? 0) + 1);
    }
  }
  const byResult = [...results].map(([result, count]) => ({ result, count }));
  return {
    byKind: TRAINING_KINDS.map((kind) => ({
      kind,
      records: recordsByKind.get(kind) ?? 0,
      mentors: mentorsByKind.get(kind)?.size ?? 0,
    })),
    trainedMentors: trained.size,
    awardedMentors: awarded.size,
    courseHours,
    contests: recordsByKind.get('конкурс') ?? 0,
    contestPlaces: byResult
      .filter((r) => CONTEST_PLACES.some((p) => p === r.result))
      .reduce((s, r) => s + r.count, 0),
    byResult,
    undated,
  };
}

/** «Обучение и награды наставников»: records and mentors per kind, who trained, who was awarded. */
export function trainingTable(f: TrainingFigures, mentorsInBank: number): ReportTable {
  const rows: ReportRow[] = f.byKind.map((k) => ({ label: k.kind, values: [k.records, k.mentors] }));
  const note = f.undated > 0 ? ` Записей без даты — ${f.undated}: они не учтены, укажите дату.` : '';
  return {
    key: 'training',
    title: 'Обучение и награды наставников',
    labelHeader: 'Вид',
    columns: [
      { header: 'Записей', format: 'count' },
      { header: 'Наставников', format: 'count' },
    ],
    rows: [
      ...rows,
      { label: 'Прошли обучение (КПК, установочные сессии, интенсивы)', values: ['', f.trainedMentors] },
      {
        label: 'доля от наставников в банке',
        values: ['', share(f.trainedMentors, mentorsInBank)],
        level: 1,
        format: 'share',
      },
      { label: 'Поощрены (благодарность, грамота, премия)', values: ['', f.awardedMentors] },
      { label: 'Часов КПК всего', values: [f.courseHours, ''] },
    ],
    note: `Учтены записи листа «Обучение и награды наставников» с датой в году.${note}`,
    chart: chartIfData(rows, { type: 'bar', title: 'Обучение и награды наставников', series: [0] }),
  };
}

/** «Конкурсы профессионального мастерства» by result. */
export function contestsTable(f: TrainingFigures): ReportTable {
  return {
    key: 'contests',
    title: 'Конкурсы профессионального мастерства',
    labelHeader: 'Результат',
    columns: [
      { header: 'Участий', format: 'count' },
      { header: 'Доля', format: 'share' },
    ],
    rows: [
      ...f.byResult.map((r) => ({ label: r.result, values: [r.count, share(r.count, f.contests)] })),
      { label: 'Всего участий в конкурсах', values: [f.contests, ''] },
    ],
    note: 'Участие без указанного результата считается участием («участник»).',
  };
}
