import type { IsoDate } from '../registry/dates';
import type { Mentorship } from '../registry/entities/mentorship';
import { fullName, type Mentee, type Mentor } from '../registry/entities/people';
import { isInWork } from '../registry/rules/capacity';
import { COUNT, SHARE, countRow, type ReportTable } from './report-table';
import { daysBetween, inYear, type ReportYear } from './report-year';

/** A mentee waiting for a mentor on the report's day, and since when. */
export interface WaitingMentee {
  readonly id: string;
  readonly name: string;
  /** When the wait began: entering the bank, or the early end of their last pair or group; absent if unknown. */
  readonly since?: IsoDate;
  readonly days?: number;
  readonly consent: boolean;
}

/**
 * Mentees waiting for a mentor (seed 002, roadmap 5.3): active in the bank, in no pair or group in work (a draft
 * one included: they have a mentor proposed) and with no programme completed. The wait is counted from entering
 * the bank or from the early end of their last pair, whichever is later; the longest waits come first.
 */
export function waitingMentees(
  mentees: readonly Mentee[],
  mentorships: readonly Mentorship[],
  today: IsoDate,
): WaitingMentee[] {
  const served = new Set<string>();
  const endedEarly = new Map<string, IsoDate>();
  for (const m of mentorships) {
    if (isInWork(m) || m.status === 'завершена') m.menteeIds.forEach((id) => served.add(id));
    const end = m.actualEndDate ?? m.endDate;
    if (m.status === 'прекращена досрочно' && end)
      for (const id of m.menteeIds) if ((endedEarly.get(id) ?? '') < end) endedEarly.set(id, end);
  }
  const waiting = mentees
    .filter((m) => m.active && !served.has(m.id))
    .map((m) => {
      const ended = endedEarly.get(m.id);
      const since = [m.enteredOn, ended]
        .filter((d): d is IsoDate => d !== undefined)
        .sort()
        .pop();
      const days = since === undefined ? undefined : Math.max(0, daysBetween(since, today));
      return { id: m.id, name: fullName(m) || m.id, since, days, consent: m.consent };
    });
  return waiting.sort((a, b) => (b.days ?? -1) - (a.days ?? -1));
}

/** «Наставляемые, ожидающие наставника»: a row per mentee, the longest wait first. */
export function waitingTable(waiting: readonly WaitingMentee[]): ReportTable {
  return {
    key: 'waiting',
    title: 'Наставляемые, ожидающие наставника (на дату отчёта)',
    labelHeader: 'Наставляемый',
    columns: [
      { header: 'ID', format: 'text' },
      { header: 'Ожидает с', format: 'date' },
      { header: 'Дней ожидания', format: 'days' },
      { header: 'Согласие на обработку персональных данных', format: 'text' },
    ],
    rows: waiting.map((w) => ({
      label: w.name,
      values: [
        w.id,
        w.since ?? 'дата не указана',
        w.days ?? '',
        w.consent ? 'да' : 'нет — пару не сформировать',
      ],
    })),
    note:
      waiting.length === 0
        ? 'Наставника никто не ожидает.'
        : 'Ожидание считается со дня включения в банк или досрочного завершения последней пары (что позже).',
  };
}

/** A mentor who came from the mentees: linked by «Также наставляемый» to a mentee whose programme was completed. */
export interface FormerMentee {
  readonly id: string;
  readonly name: string;
  readonly menteeId: string;
  readonly workingInYear: boolean;
  readonly enteredInYear: boolean;
}

/** Figures of the mentor rows linked to a mentee, and the list of those who completed a programme as a mentee. */
export interface SuccessorFigures {
  /** Mentor rows linked to a mentee at all (reverse mentoring included). */
  readonly linked: number;
  readonly formerMentees: readonly FormerMentee[];
}

/**
 * Mentees who became mentors (seed 000, stage 6.4: the long-term mentor base draws on mentees who completed their
 * programme): a mentor row whose «Также наставляемый» names a mentee of a pair or group «завершена».
 */
export function successorFigures(
  mentors: readonly Mentor[],
  mentorships: readonly Mentorship[],
  workingMentorIds: ReadonlySet<string>,
  year: ReportYear,
): SuccessorFigures {
  const completed = new Set<string>();
  for (const m of mentorships) if (m.status === 'завершена') m.menteeIds.forEach((id) => completed.add(id));
  const linked = mentors.filter((m) => m.menteeId !== undefined);
  const formerMentees = linked
    .filter((m) => completed.has(m.menteeId as string))
    .map((m) => ({
      id: m.id,
      name: fullName(m) || m.id,
      menteeId: m.menteeId as string,
      workingInYear: workingMentorIds.has(m.id),
      enteredInYear: inYear(m.enteredOn, year),
    }));
  return { linked: linked.length, formerMentees };
}

/** «Наставляемые, ставшие наставниками». */
export function successorsTable(f: SuccessorFigures): ReportTable {
  const former = f.formerMentees;
  const working = former.filter((m) => m.workingInYear).length;
  const entered = former.filter((m) => m.enteredInYear).length;
  return {
    key: 'former-mentees',
    title: 'Наставляемые, ставшие наставниками',
    labelHeader: 'Показатель',
    columns: [COUNT, SHARE],
    rows: [
      { label: 'Наставников, завершивших программу наставляемыми', values: [former.length, ''] },
      countRow('вели пары и группы в году', working, former.length, 1),
      countRow('включены в банк наставников в году', entered, former.length, 1),
      { label: 'Наставников, связанных со строкой наставляемого (всего)', values: [f.linked, ''] },
    ],
    note:
      'Связь — столбец «Также наставляемый (ID)» на листе «Наставники»; пара или группа, где он был наставляемым, ' +
      'имеет статус «завершена».',
  };
}
