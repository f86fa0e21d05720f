/**
 * Weights of the matching score, editable in «Настройки»: defaults, a zod schema, and a parser whose messages
 * tell the curator what to fix.
 */
import * as z from 'zod';
import { CRITERIA, type Criterion } from './types';

/** How much each criterion counts, plus the experience gap that earns full points. */
export type MatchWeights = Readonly<Record<Criterion, number>> & {
  /** A mentor this many years more experienced than the mentee gets all the experience points. */
  readonly experienceGapYears: number;
};

/** Defaults: the request-to-competency match dominates, as seed 002 §6.1 puts it first; they sum to 100. */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  requests: 40,
  position: 8,
  subject: 5,
  experience: 15,
  category: 10,
  interests: 5,
  timeResource: 7,
  capacity: 10,
  experienceGapYears: 5,
};

/** Russian names of the criteria, for settings, messages and the sidebar. */
export const CRITERION_LABELS: Readonly<Record<Criterion, string>> = {
  requests: 'запросы и компетенции',
  position: 'должность',
  subject: 'предмет / специализация',
  experience: 'стаж',
  category: 'квалификационная категория',
  interests: 'общие интересы',
  timeResource: 'временной ресурс',
  capacity: 'свободные места',
};

const MAX_WEIGHT = 100;

/** A number typed into a sheet may arrive as text («7,5»); blank means "use the default". */
function toNumberOrUndefined(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  const text = value.trim().replace(',', '.');
  if (text === '') return undefined;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : value;
}

function weightSchema(label: string) {
  const message = `Вес «${label}»: ожидается число от 0 до ${MAX_WEIGHT}`;
  return z.preprocess(
    toNumberOrUndefined,
    z.number({ error: message }).min(0, { error: message }).max(MAX_WEIGHT, { error: message }).optional(),
  );
}

const gapMessage = 'Разница в стаже для полного балла: ожидается целое число лет от 1 до 40';

/** The schema of weights as they come from «Настройки»: every key optional, blanks fall back to defaults. */
export const matchWeightsSchema = z.object({
  ...(Object.fromEntries(CRITERIA.map((c) => [c, weightSchema(CRITERION_LABELS[c])])) as Record<
    Criterion,
    ReturnType<typeof weightSchema>
  >),
  experienceGapYears: z.preprocess(
    toNumberOrUndefined,
    z
      .number({ error: gapMessage })
      .int({ error: gapMessage })
      .min(1, { error: gapMessage })
      .max(40, { error: gapMessage })
      .optional(),
  ),
});

/** The outcome of reading weights: the full set, or every problem in Russian. */
export type ParsedMatchWeights =
  { readonly ok: true; readonly weights: MatchWeights } | { readonly ok: false; readonly errors: string[] };

/** Reads weights typed by a curator (partial, possibly as text) into a full, valid set. */
export function parseMatchWeights(input: unknown): ParsedMatchWeights {
  if (input === null || input === undefined) return { ok: true, weights: DEFAULT_MATCH_WEIGHTS };
  const result = matchWeightsSchema.safeParse(input);
  if (!result.success) {
    const errors = result.error.issues.map((issue) =>
      issue.path.length === 0 ? 'Веса подбора: ожидается таблица «критерий — вес»' : issue.message,
    );
    return { ok: false, errors: Array.from(new Set(errors)) };
  }
  const merged: Record<string, number> = { ...DEFAULT_MATCH_WEIGHTS };
  for (const [key, value] of Object.entries(result.data)) {
    if (typeof value === 'number') merged[key] = value;
  }
  const weights = merged as MatchWeights;
  if (CRITERIA.every((c) => weights[c] === 0)) {
    return { ok: false, errors: ['Веса подбора: хотя бы один вес должен быть больше нуля'] };
  }
  return { ok: true, weights };
}
