import { scaleValues, type QuestionnaireResult, type AnswerRole } from './questionnaire-results';
import { inYear, type ReportYear } from './report-year';

/** Whether there is anything to read: no questionnaires in the workbook, none answered in the year, or answers. */
export type MonitoringState = 'no-questionnaires' | 'no-answers' | 'answers';

/** A score band of the 1–10 scale: what a reader calls high, middle and low. */
export const BANDS = [
  { label: 'высокая (8–10 баллов)', from: 8 },
  { label: 'средняя (5–7 баллов)', from: 5 },
  { label: 'низкая (1–4 балла)', from: 1 },
] as const;

/** The mean of one question or indicator over the people who answered it. */
export interface QuestionMean {
  readonly question: string;
  readonly answers: number;
  readonly mean: number;
}

/**
 * Satisfaction of one role in the year: each respondent's latest satisfaction answer in the year, scored as the
 * mean of its scale questions; the band is that score's (8 and above high, 5 to under 8 middle, below 5 low).
 */
export interface SatisfactionFigures {
  readonly respondents: number;
  readonly mean?: number;
  /** Respondents per band, in BANDS' order. */
  readonly bands: readonly number[];
  readonly wantToContinue: number;
  /** Respondents who answered whether they want to continue. */
  readonly askedToContinue: number;
  readonly byQuestion: readonly QuestionMean[];
}

/** One indicator measured at entry and at exit: the means over the people who have both. */
export interface ImpactIndicator {
  readonly indicator: string;
  readonly people: number;
  readonly entry: number;
  readonly exit: number;
}

/** Both stages of monitoring for mentors and mentees, and whether there was anything to read. */
export interface MonitoringFigures {
  readonly state: MonitoringState;
  readonly satisfaction: Readonly<Record<AnswerRole, SatisfactionFigures>>;
  readonly impact: Readonly<Record<AnswerRole, readonly ImpactIndicator[]>>;
}

/**
 * The two stages of monitoring (methodology): satisfaction, and impact — the same indicators at entry and at
 * exit compared per person. An exit answer in the year is compared with that person's latest entry answer on or
 * before it, of any year (a programme may have begun the year before); only indicators in both count.
 */
export function monitoringFigures(
  results: readonly QuestionnaireResult[] | undefined,
  year: ReportYear,
): MonitoringFigures {
  const inThisYear = (results ?? []).filter((r) => inYear(r.answeredOn, year));
  const state: MonitoringState =
    results === undefined ? 'no-questionnaires' : inThisYear.length === 0 ? 'no-answers' : 'answers';
  const satisfaction = {
    mentor: satisfactionOf(latestByRespondent(inThisYear, 'mentor', 'satisfaction')),
    mentee: satisfactionOf(latestByRespondent(inThisYear, 'mentee', 'satisfaction')),
  };
  const impact = {
    mentor: impactOf(results ?? [], latestByRespondent(inThisYear, 'mentor', 'exit')),
    mentee: impactOf(results ?? [], latestByRespondent(inThisYear, 'mentee', 'exit')),
  };
  return { state, satisfaction, impact };
}

function latestByRespondent(
  results: readonly QuestionnaireResult[],
  role: AnswerRole,
  kind: QuestionnaireResult['kind'],
): QuestionnaireResult[] {
  const latest = new Map<string, QuestionnaireResult>();
  for (const r of results) {
    if (r.role !== role || r.kind !== kind) continue;
    const before = latest.get(r.respondentId);
    if (!before || r.answeredOn >= before.answeredOn) latest.set(r.respondentId, r);
  }
  return [...latest.values()];
}

/** Sums and counts per question, in the order questions first appear. */
class Means {
  private readonly sums = new Map<string, { sum: number; count: number }>();

  add(question: string, value: number): void {
    const s = this.sums.get(question) ?? { sum: 0, count: 0 };
    this.sums.set(question, s);
    s.sum += value;
    s.count++;
  }

  list(): QuestionMean[] {
    return [...this.sums].map(([question, s]) => ({ question, answers: s.count, mean: s.sum / s.count }));
  }
}

function satisfactionOf(answers: readonly QuestionnaireResult[]): SatisfactionFigures {
  const bands = BANDS.map(() => 0);
  const questions = new Means();
  let respondents = 0;
  let total = 0;
  let wantToContinue = 0;
  let askedToContinue = 0;
  for (const answer of answers) {
    if (answer.wantsToContinue !== undefined) {
      askedToContinue++;
      if (answer.wantsToContinue) wantToContinue++;
    }
    const values = scaleValues(answer);
    if (values.length === 0) continue;
    values.forEach(([question, value]) => questions.add(question, value));
    const score = values.reduce((sum, [, v]) => sum + v, 0) / values.length;
    respondents++;
    total += score;
    bands[BANDS.findIndex((b) => score >= b.from)]++;
  }
  const mean = respondents > 0 ? total / respondents : undefined;
  return { respondents, mean, bands, wantToContinue, askedToContinue, byQuestion: questions.list() };
}

function impactOf(
  all: readonly QuestionnaireResult[],
  exits: readonly QuestionnaireResult[],
): ImpactIndicator[] {
  const entries = new Map<string, QuestionnaireResult[]>();
  for (const r of all) {
    if (r.kind !== 'entry') continue;
    const list = entries.get(`${r.role}/${r.respondentId}`) ?? [];
    entries.set(`${r.role}/${r.respondentId}`, list);
    list.push(r);
  }
  const atEntry = new Means();
  const atExit = new Means();
  for (const exit of exits) {
    let entry: QuestionnaireResult | undefined;
    for (const e of entries.get(`${exit.role}/${exit.respondentId}`) ?? [])
      if (e.answeredOn <= exit.answeredOn && (!entry || e.answeredOn >= entry.answeredOn)) entry = e;
    if (!entry) continue;
    const before = new Map(scaleValues(entry));
    for (const [indicator, value] of scaleValues(exit)) {
      const was = before.get(indicator);
      if (was === undefined) continue;
      atEntry.add(indicator, was);
      atExit.add(indicator, value);
    }
  }
  const exitMeans = new Map(atExit.list().map((m) => [m.question, m.mean]));
  return atEntry.list().map((m) => ({
    indicator: m.question,
    people: m.answers,
    entry: m.mean,
    exit: exitMeans.get(m.question) as number,
  }));
}
