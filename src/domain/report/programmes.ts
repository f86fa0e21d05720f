import { DIRECTIONS, EARLY_END_REASONS } from '../vocabulary';
import { COUNT, SHARE, chartIfData, countRow, share, type ReportRow, type ReportTable } from './report-table';
import { inYear } from './report-year';
import type { Tally } from './mentorships';
import { endedInYear, type YearIndex } from './year-index';

/**
 * The personalised programmes of the year: one per pair or group that worked in it (its row on «Программы» may be
 * missing; the pair still ran its programme). Each lands in exactly one of: completed, ended early, goes on past
 * the year's end, still running with its end within the year, or past its end with the status not changed.
 */
export interface ProgrammeFigures {
  readonly total: number;
  /** Began within the year (the programme's «Начало», else the pair's). */
  readonly started: number;
  /** «завершена» with its actual end within the year. */
  readonly completed: number;
  /** «прекращена досрочно» with its actual end within the year. */
  readonly endedEarly: number;
  readonly byReason: readonly Tally[];
  /** Status «продлена», or «Продлена до» filled on its programme. */
  readonly extended: number;
  /** Not ended within the year and planned to end after it (or ended after it). */
  readonly continuing: number;
  /** Not ended, its planned end within the year and not yet passed on the report's day. */
  readonly running: number;
  /** Not ended, though its planned end within the year has passed by the report's day. */
  readonly pastEnd: number;
}

const NO_REASON = 'причина не указана';

/** Sorts the programmes of the year by how they went. */
export function programmeFigures(index: YearIndex): ProgrammeFigures {
  const { year, today } = index.input;
  const reasons = new Map<string, number>([...EARLY_END_REASONS, NO_REASON].map((r) => [r, 0]));
  const f = { started: 0, completed: 0, endedEarly: 0, extended: 0, continuing: 0, running: 0, pastEnd: 0 };
  for (const entry of index.mentorships) {
    const { mentorship: m, programme } = entry;
    if (inYear(programme?.startDate ?? entry.start, year)) f.started++;
    if (m.status === 'продлена' || programme?.extendedUntil) f.extended++;
    if (endedInYear(entry, year)) {
      if (entry.ending === 'completed') f.completed++;
      else {
        f.endedEarly++;
        const reason = m.endReason ?? NO_REASON;
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
    } else if (entry.ending || entry.plannedEnd === undefined || entry.plannedEnd > year.end) f.continuing++;
    else if (entry.plannedEnd >= today) f.running++;
    else f.pastEnd++;
  }
  const byReason = [...reasons].map(([label, count]) => ({ label, count }));
  return { total: index.mentorships.length, byReason, ...f };
}

/** «Персонализированные программы наставничества»: started, completed, ended early by reason, extended. */
export function programmesTable(f: ProgrammeFigures): ReportTable {
  const reasons = f.byReason.filter((r) => r.count > 0).map((r) => countRow(r.label, r.count, f.total, 1));
  return {
    key: 'programmes',
    title: 'Персонализированные программы наставничества',
    labelHeader: 'Показатель',
    columns: [COUNT, SHARE],
    rows: [
      { label: 'Программ пар и групп, работавших в году', values: [f.total, ''] },
      countRow('начаты в году', f.started, f.total, 1),
      countRow('Завершены в полном объёме', f.completed, f.total),
      countRow('Прекращены досрочно', f.endedEarly, f.total),
      ...reasons,
      countRow('Продлены', f.extended, f.total),
      countRow('Продолжаются после окончания года', f.continuing, f.total),
      countRow('Идут, окончание до конца года', f.running, f.total),
      countRow('Срок окончания прошёл, статус не изменён', f.pastEnd, f.total),
    ],
    note:
      'Программа завершена или прекращена в году, если её фактическое окончание приходится на год. Каждая программа ' +
      'учтена в одной из строк: завершена, прекращена досрочно, продолжается, идёт или срок прошёл; «начаты» и ' +
      '«продлены» — сверх этого.',
  };
}

/** Plan events of the year's programmes with their deadline in the year (or none), against what was done. */
export interface PlanFigures {
  readonly planned: number;
  readonly done: number;
  readonly doneOnTime: number;
  /** Not done and the deadline before the report's day. */
  readonly overdue: number;
  /** Not done and the deadline not yet come, or none set. */
  readonly notDue: number;
  readonly withoutDeadline: number;
  /** Not done events after the day their programme was ended early: taken off the plan, not counted in it. */
  readonly cancelledByEarlyEnd: number;
  readonly byDirection: readonly {
    readonly direction: string;
    readonly planned: number;
    readonly done: number;
  }[];
}

const NO_DIRECTION = 'направление не указано';

/** Counts the plan events of the year: done, on time, overdue as of `today`, by direction. */
export function planFigures(index: YearIndex): PlanFigures {
  const { year, today } = index.input;
  const byDirection = new Map<string, { planned: number; done: number }>(
    [...DIRECTIONS, NO_DIRECTION].map((d) => [d, { planned: 0, done: 0 }]),
  );
  const f = {
    planned: 0,
    done: 0,
    doneOnTime: 0,
    overdue: 0,
    notDue: 0,
    withoutDeadline: 0,
    cancelledByEarlyEnd: 0,
  };
  for (const event of index.input.planEvents) {
    const entry = index.byProgrammeId.get(event.programmeId);
    if (!entry || (event.deadline !== undefined && !inYear(event.deadline, year))) continue;
    const { deadline, done, doneDate } = event;
    if (!done && entry.ending === 'early' && entry.end && deadline && deadline > entry.end) {
      f.cancelledByEarlyEnd++;
      continue;
    }
    f.planned++;
    const key = event.direction ?? NO_DIRECTION;
    const direction = byDirection.get(key) ?? { planned: 0, done: 0 };
    byDirection.set(key, direction);
    direction.planned++;
    if (deadline === undefined) f.withoutDeadline++;
    if (done) {
      f.done++;
      direction.done++;
      if (doneDate && deadline && doneDate <= deadline) f.doneOnTime++;
    } else if (deadline !== undefined && deadline < today) f.overdue++;
    else f.notDue++;
  }
  return { ...f, byDirection: [...byDirection].map(([d, c]) => ({ direction: d, ...c })) };
}

/** «Мероприятия планов персонализированных программ»: done against planned. */
export function planTable(f: PlanFigures): ReportTable {
  return {
    key: 'plan-events',
    title: 'Мероприятия планов персонализированных программ',
    labelHeader: 'Показатель',
    columns: [COUNT, SHARE],
    rows: [
      { label: 'Запланировано на год', values: [f.planned, ''] },
      countRow('выполнено', f.done, f.planned, 1),
      countRow('выполнено в срок', f.doneOnTime, f.planned, 1),
      countRow('не выполнено, срок прошёл', f.overdue, f.planned, 1),
      countRow('не выполнено, срок не наступил или не указан', f.notDue, f.planned, 1),
      countRow('Мероприятий без срока', f.withoutDeadline, f.planned),
      { label: 'Снято с плана досрочным завершением программы', values: [f.cancelledByEarlyEnd, ''] },
    ],
    note:
      'Учтены мероприятия программ пар и групп года со сроком в году или без срока. «Срок прошёл» — на дату отчёта; ' +
      '«в срок» — дата выполнения не позже срока.',
  };
}

/** «Мероприятия по направлениям»: planned against done per direction, drawn as bars. */
export function directionsTable(f: PlanFigures): ReportTable {
  const rows: ReportRow[] = f.byDirection
    .filter((d) => d.planned > 0 || d.direction !== NO_DIRECTION)
    .map((d) => ({ label: d.direction, values: [d.planned, d.done, share(d.done, d.planned)] }));
  return {
    key: 'plan-directions',
    title: 'Мероприятия по направлениям',
    labelHeader: 'Направление',
    columns: [
      { header: 'Запланировано', format: 'count' },
      { header: 'Выполнено', format: 'count' },
      { header: 'Доля выполненных', format: 'share' },
    ],
    rows,
    chart: chartIfData(rows, { type: 'bar', title: 'Мероприятия по направлениям', series: [0, 1] }),
  };
}
