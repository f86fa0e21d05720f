/**
 * Impact (methodology, «Monitoring», stage 2): per person, each indicator at entry and at exit and the change;
 * and per indicator, the means over the people who answered both.
 */
import { cellNumber } from './answers';
import { IMPACT_INDICATORS } from './bank/impact';
import { QUESTIONNAIRES } from './kinds';
import { latestByPerson, oneDecimal } from './latest-rows';
import type { ResultRow } from './result-row';

/** One indicator of one person: null where that questionnaire has no answer. */
export interface IndicatorChange {
  readonly key: string;
  readonly title: string;
  readonly entry: number | null;
  readonly exit: number | null;
  readonly change: number | null;
}

/** One person's entry and exit. */
export interface PersonImpact {
  readonly personId: string;
  readonly role: ResultRow['role'];
  readonly pairId: string;
  readonly indicators: readonly IndicatorChange[];
}

/** Everyone who answered the entry or the exit questionnaire, by person ID. */
export function compareImpact(
  entryRows: readonly ResultRow[],
  exitRows: readonly ResultRow[],
): PersonImpact[] {
  const entries = latestByPerson(entryRows);
  const exits = latestByPerson(exitRows);
  const people = [...new Set([...entries.keys(), ...exits.keys()])].sort();
  return people.map((personId) => {
    const entry = entries.get(personId);
    const exit = exits.get(personId);
    const known = (exit ?? entry) as ResultRow;
    return {
      personId,
      role: known.role,
      pairId: known.pairId,
      indicators: IMPACT_INDICATORS.map((key) => {
        const before = entry ? valueOf(entry, key) : null;
        const after = exit ? valueOf(exit, key) : null;
        const change = before !== null && after !== null ? oneDecimal(after - before) : null;
        return { key, title: titleOf(key), entry: before, exit: after, change };
      }),
    };
  });
}

/** Per indicator: the mean at entry, at exit and of the change, over the people who have both. */
export interface IndicatorSummary {
  readonly key: string;
  readonly title: string;
  readonly people: number;
  readonly entry: number | null;
  readonly exit: number | null;
  readonly change: number | null;
}

/** The comparison in one table for the report. */
export function summariseImpact(people: readonly PersonImpact[]): IndicatorSummary[] {
  return IMPACT_INDICATORS.map((key) => {
    const both = people
      .map((p) => p.indicators.find((i) => i.key === key))
      .filter((i): i is IndicatorChange => i?.change !== null && i !== undefined);
    const mean = (pick: (i: IndicatorChange) => number) =>
      both.length ? oneDecimal(both.reduce((sum, i) => sum + pick(i), 0) / both.length) : null;
    return {
      key,
      title: titleOf(key),
      people: both.length,
      entry: mean((i) => i.entry as number),
      exit: mean((i) => i.exit as number),
      change: mean((i) => i.change as number),
    };
  });
}

function valueOf(row: ResultRow, key: string): number | null {
  return cellNumber(row.answers[key] ?? row.indices[key]);
}

function titleOf(key: string): string {
  const { questions, indices } = QUESTIONNAIRES['impact-exit'];
  return [...questions, ...indices].find((q) => q.key === key)?.title ?? key;
}
