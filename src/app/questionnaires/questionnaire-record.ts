/**
 * What a questionnaire keeps beyond its row in «Анкеты», in the document's properties: the form's ID, the spec it
 * was built from with each question's item ID (ingestion reads answers by item ID, so a question reworded in the
 * form or in the bank later still lands in its column), and the template of its personal links. Properties, not a
 * cell: the curator never sees or edits it, and it survives the row being reordered. A value holds 9 KB (§6.2),
 * so the record is split into parts of 2,800 characters (three bytes each at worst), all written in one call.
 */
import type { FormSpec, Question } from '../../domain/questionnaires/model';
import type { Properties } from '../../ports/properties';

/** The record of one questionnaire. */
export interface QuestionnaireRecord {
  readonly formId: string;
  /** The spec as built, less what only the form needed (description, help texts, choices). */
  readonly spec: FormSpec;
  /** Question key → item ID. */
  readonly itemIds: Readonly<Record<string, string>>;
  /** A personal link with LINK_SLOT where the code goes; '' for intake forms. */
  readonly linkTemplate: string;
}

/** Stands for the code in `linkTemplate`: letters a code never has (Crockford's base 32 has no «u»). */
export const LINK_SLOT = 'uuuuuuuuuuuuuuuuuuuuuuuuuu';

const PREFIX = 'nastavnik.questionnaire.';
const PART = 2800;

/** The property that holds how far the trigger has read the form's responses (milliseconds). */
export function ingestedUpToKey(questionnaireId: string): string {
  return `${PREFIX}${questionnaireId}.upTo`;
}

/** The property values that store `record` (the caller writes them with its other writes, in one call). */
export function recordProperties(
  questionnaireId: string,
  record: QuestionnaireRecord,
): Record<string, string> {
  const json = JSON.stringify({ ...record, spec: compact(record.spec) });
  const parts = Math.max(1, Math.ceil(json.length / PART));
  const values: Record<string, string> = { [PREFIX + questionnaireId]: JSON.stringify({ parts }) };
  for (let i = 0; i < parts; i++)
    values[`${PREFIX}${questionnaireId}.${i}`] = json.slice(i * PART, (i + 1) * PART);
  return values;
}

/** The record, or null when the questionnaire was not made by this add-on (a row typed by hand). */
export function loadRecord(properties: Properties, questionnaireId: string): QuestionnaireRecord | null {
  const head = properties.get(PREFIX + questionnaireId);
  if (!head) return null;
  const { parts } = JSON.parse(head) as { parts: number };
  let json = '';
  for (let i = 0; i < parts; i++) json += properties.get(`${PREFIX}${questionnaireId}.${i}`) ?? '';
  return JSON.parse(json) as QuestionnaireRecord;
}

/** A personal link: the template with the code in its slot. */
export function personalLink(record: QuestionnaireRecord, token: string): string {
  return record.linkTemplate ? record.linkTemplate.replace(LINK_SLOT, encodeURIComponent(token)) : '';
}

function compact(spec: FormSpec): FormSpec {
  const item = (q: Question): Question => ({
    key: q.key,
    title: q.title,
    type: q.type,
    required: q.required,
  });
  return { ...spec, description: '', confirmation: '', items: spec.items.map(item) };
}
