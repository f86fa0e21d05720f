/** The question bank: every kind of questionnaire with its questions and indices. */
import { CURATOR } from './bank/curator';
import { IMPACT_ENTRY, IMPACT_EXIT } from './bank/impact';
import { MENTEE_INTAKE, MENTOR_INTAKE } from './bank/intake';
import { MENTEE_SATISFACTION, MENTOR_SATISFACTION } from './bank/satisfaction';
import type { KindDefinition, QuestionnaireKind } from './model';

/** Each kind's definition, in the order a year asks them: intake, entry, satisfaction, curator, exit. */
export const QUESTIONNAIRES: { readonly [K in QuestionnaireKind]: KindDefinition } = {
  'mentor-intake': MENTOR_INTAKE,
  'mentee-intake': MENTEE_INTAKE,
  'impact-entry': IMPACT_ENTRY,
  'mentee-satisfaction': MENTEE_SATISFACTION,
  'mentor-satisfaction': MENTOR_SATISFACTION,
  curator: CURATOR,
  'impact-exit': IMPACT_EXIT,
};
