/**
 * The report's figures counted again, the slow and obvious way, straight from the rules in
 * src/domain/report/README.md («What counts in the year»): filters over whole lists, no index, no shared code with
 * the report beyond the entity types. The tests compare the report's tables with these counts.
 */
import type { Mentorship, Programme } from '../../../src/domain/registry';
import type { QuestionnaireResult } from '../../../src/domain/report/questionnaire-results';
import type { ReportInput } from '../../../src/domain/report/report-input';

const ENDED = ['завершена', 'прекращена досрочно'];
const IN_WORK = ['проект', 'утверждена', 'идёт', 'продлена'];

export function oracle(input: ReportInput) {
  const { year, today } = input;
  const within = (d: string | undefined) => d !== undefined && year.start <= d && d <= year.end;

  const programmeOf = (m: Mentorship): Programme | undefined =>
    input.programmes.find((p) => p.id === m.programmeId) ??
    input.programmes.find((p) => p.mentorshipId === m.id);
  const startOf = (m: Mentorship) => m.startDate ?? programmeOf(m)?.startDate;
  const plannedEndOf = (m: Mentorship) =>
    m.endDate ?? programmeOf(m)?.extendedUntil ?? programmeOf(m)?.endDate;
  const actualEndOf = (m: Mentorship) => m.actualEndDate ?? plannedEndOf(m);

  const pairs = input.mentorships.filter((m) => {
    if (m.status === 'проект') return false;
    const start = startOf(m);
    if (start && start > year.end) return false;
    const end = actualEndOf(m);
    return !(ENDED.includes(m.status) && end && end < year.start);
  });
  const endedInYear = (m: Mentorship) => {
    const end = actualEndOf(m);
    return ENDED.includes(m.status) && (end === undefined || end <= year.end);
  };
  const workingMentors = new Set(pairs.map((m) => m.mentorId));
  const mentoredMentees = new Set(pairs.flatMap((m) => m.menteeIds));

  const mentorsInBank = input.mentors.filter((m) => m.active || workingMentors.has(m.id));
  const menteesInBank = input.mentees.filter((m) => m.active || mentoredMentees.has(m.id));
  const isYoung = (m: (typeof menteesInBank)[number]) =>
    m.experienceYears === undefined ? m.menteeCategory === 'молодой специалист' : m.experienceYears <= 3;
  const young = menteesInBank.filter(isYoung);

  const learning = ['курсы повышения квалификации (КПК)', 'установочная сессия', 'образовательный интенсив'];
  const trainingOfYear = input.training.filter((t) => within(t.date));
  const trainedMentors = new Set(
    trainingOfYear.filter((t) => learning.includes(t.kind)).map((t) => t.mentorId),
  );

  // Plan events: of a programme whose pair worked in the year, deadline in the year or none.
  const pairOfProgramme = (programmeId: string) => {
    const p = input.programmes.find((x) => x.id === programmeId);
    return pairs.find((m) => m.programmeId === programmeId || (p !== undefined && p.mentorshipId === m.id));
  };
  const eventsConsidered = input.planEvents
    .map((e) => ({ e, pair: pairOfProgramme(e.programmeId) }))
    .filter(({ e, pair }) => pair !== undefined && (e.deadline === undefined || within(e.deadline)));
  const takenOff = eventsConsidered.filter(({ e, pair }) => {
    const m = pair as Mentorship;
    const end = actualEndOf(m);
    return !e.done && m.status === 'прекращена досрочно' && end && e.deadline && e.deadline > end;
  });
  const planned = eventsConsidered.filter((x) => !takenOff.includes(x)).map((x) => x.e);

  // Waiting: active, in no pair in work, none completed; since the later of entering and an early end.
  const waiting = input.mentees
    .filter((m) => m.active)
    .filter(
      (m) =>
        !input.mentorships.some(
          (p) => p.menteeIds.includes(m.id) && (IN_WORK.includes(p.status) || p.status === 'завершена'),
        ),
    )
    .map((m) => {
      const ends = input.mentorships
        .filter((p) => p.status === 'прекращена досрочно' && p.menteeIds.includes(m.id))
        .map((p) => p.actualEndDate ?? p.endDate)
        .filter((d): d is string => d !== undefined);
      const since = [m.enteredOn, ...ends]
        .filter((d): d is string => d !== undefined)
        .sort()
        .reverse()[0];
      const days =
        since === undefined ? undefined : Math.max(0, (Date.parse(today) - Date.parse(since)) / 86_400_000);
      return { id: m.id, since, days, consent: m.consent };
    });

  return {
    pairs,
    endedInYear,
    programmeOf,
    startOf,
    plannedEndOf,
    workingMentors,
    mentoredMentees,
    mentorsInBank,
    menteesInBank,
    young,
    trainingOfYear,
    trainedMentors,
    planned,
    takenOff,
    waiting,
    within,
  };
}

/** The latest answer of each respondent of a role to a kind of questionnaire, within the year. */
export function latestAnswers(
  input: ReportInput,
  role: QuestionnaireResult['role'],
  kind: QuestionnaireResult['kind'],
): QuestionnaireResult[] {
  const all = (input.questionnaires ?? []).filter(
    (q) =>
      q.role === role &&
      q.kind === kind &&
      input.year.start <= q.answeredOn &&
      q.answeredOn <= input.year.end,
  );
  const people = [...new Set(all.map((q) => q.respondentId))];
  return people.map((p) => {
    const theirs = all.filter((q) => q.respondentId === p);
    return theirs.reduce((a, b) => (b.answeredOn >= a.answeredOn ? b : a));
  });
}

/** A respondent's scale answers that count: 1 to 10. */
export function validScores(q: QuestionnaireResult): number[] {
  return Object.values(q.indices).filter((v) => v >= 1 && v <= 10);
}
