import type { DocumentContexts, DocumentKind } from './contexts';
import { specOf, type FieldsSpec } from './fields';
import type { KindDefinition } from './kind-definition';
import { AGREEMENT } from './templates/agreement';
import { APPROVE_PROGRAMMES, ASSIGN_MENTORSHIPS } from './templates/mentorship-orders';
import { CHANGE_PROGRAMMES, END_EARLY, EXTEND_PROGRAMMES } from './templates/programme-changes';
import { PROGRAMME } from './templates/programme';
import { APPOINT_CURATOR, APPROVE_REGULATION } from './templates/system-orders';
import { FINAL_EVENT, THANKS } from './templates/year-end-orders';

/** Every kind of document the add-on makes, in the order the roadmaps issue them. */
export const DOCUMENT_KINDS: { readonly [K in DocumentKind]: KindDefinition<DocumentContexts[K]> } = {
  'approve-regulation': APPROVE_REGULATION,
  'appoint-curator': APPOINT_CURATOR,
  'assign-mentorships': ASSIGN_MENTORSHIPS,
  'approve-programmes': APPROVE_PROGRAMMES,
  'extend-programmes': EXTEND_PROGRAMMES,
  'change-programmes': CHANGE_PROGRAMMES,
  'end-early': END_EARLY,
  'final-event': FINAL_EVENT,
  thanks: THANKS,
  programme: PROGRAMME,
  agreement: AGREEMENT,
};

/** The kinds, listed. */
export const DOCUMENT_KIND_IDS = Object.keys(DOCUMENT_KINDS) as DocumentKind[];

/** What a template of this kind may name: for the parser and for the documentation. */
export function fieldsOf(kind: DocumentKind): FieldsSpec {
  return specOf(DOCUMENT_KINDS[kind].fields as KindDefinition<unknown>['fields']);
}
