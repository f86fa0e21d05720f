import { IsoDateSchema, TextSchema, idOf, oneOf } from './common';
import * as z from './zod';

/**
 * What the seeds ask to record of a mentor's growth and reward: courses of professional development (КПК) and
 * образовательные интенсивы (seed 003 items 3.2–3.4, seed 004 item 2.7), установочные сессии (seed 000 stage 4),
 * certificates, contests such as «Педагогический дуэт» with their result (seed 003 item 3.5), and the stimulus
 * measures of seed 003 item 1.2 — благодарность, грамота, премия. One row of the sheet is one of these.
 */
export const TRAINING_KINDS = [
  'курсы повышения квалификации (КПК)',
  'установочная сессия',
  'образовательный интенсив',
  'сертификат',
  'конкурс',
  'благодарность',
  'грамота',
  'премия',
] as const;
/** A kind of course, session, certificate, contest or award. */
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** The kinds that are learning to mentor: the report's «прошли обучение». */
export const LEARNING_KINDS: readonly TrainingKind[] = [
  'курсы повышения квалификации (КПК)',
  'установочная сессия',
  'образовательный интенсив',
];

/** The stimulus measures (seed 003 item 1.2); an order «о вынесении благодарности» adds a «благодарность» row. */
export const AWARD_KINDS: readonly TrainingKind[] = ['благодарность', 'грамота', 'премия'];

/** How a mentor did in a contest; a contest row left without one counts as taking part. */
export const CONTEST_RESULTS = ['участник', 'лауреат', 'призёр', 'победитель'] as const;
/** A result of a contest. */
export type ContestResult = (typeof CONTEST_RESULTS)[number];

/** The results the report counts as a contest won: a place, not taking part. */
export const CONTEST_PLACES: readonly ContestResult[] = ['призёр', 'победитель'];

/** Whose course, contest or award: the organisation's own, the municipality's, the region's, the country's. */
export const EVENT_LEVELS = [
  'образовательной организации',
  'муниципальный',
  'региональный',
  'всероссийский',
  'международный',
] as const;

/** A row of «Обучение и награды наставников». */
export const TrainingRecordSchema = z.object({
  id: idOf('ОН'),
  mentorId: idOf('НК'),
  kind: oneOf(TRAINING_KINDS),
  /** The course's, contest's or award's name: «Методологические аспекты наставничества…», «Педагогический дуэт». */
  title: TextSchema.optional(),
  /** Who ran the course or contest, or gave the award. */
  organiser: TextSchema.optional(),
  level: oneOf(EVENT_LEVELS).optional(),
  /** When the course ended, the contest was judged, the award was given: what puts the row in a year. */
  date: IsoDateSchema.optional(),
  /** Hours of a course (КПК 16, 36, 72 часа). */
  hours: z.number().positive().optional(),
  result: oneOf(CONTEST_RESULTS).optional(),
  /** The document received: «удостоверение № 7723…», «сертификат». */
  document: TextSchema.optional(),
  /** The order that gave the award. */
  orderId: idOf('ПК').optional(),
  link: TextSchema.optional(),
  note: TextSchema.optional(),
});
/** A course, session, certificate, contest or award of a mentor. */
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;
