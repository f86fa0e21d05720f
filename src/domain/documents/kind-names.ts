/**
 * The name of each kind of document as the curator reads it (the list of «Шаблоны документов», the sidebar):
 * apart from the templates, so the registry's sheets can list them without loading every template.
 */
import type { DocumentKind } from './contexts';

export const KIND_NAMES: { readonly [K in DocumentKind]: string } = {
  'approve-regulation': 'Приказ об утверждении Положения и дорожной карты',
  'appoint-curator': 'Приказ о назначении куратора',
  'assign-mentorships': 'Приказ о закреплении наставнических пар (групп)',
  'approve-programmes': 'Приказ об утверждении персонализированных программ',
  'extend-programmes': 'Приказ о продлении персонализированных программ',
  'change-programmes': 'Приказ об изменении персонализированных программ',
  'end-early': 'Приказ о досрочном завершении персонализированных программ',
  'final-event': 'Приказ о проведении итогового мероприятия',
  thanks: 'Приказ об объявлении благодарности',
  programme: 'Персонализированная программа наставничества',
  agreement: 'Соглашение участников персонализированной программы наставничества',
};

/** The names, in the order of the list. */
export const DOCUMENT_KIND_NAMES = Object.values(KIND_NAMES);

/** The kind a name stands for, or undefined. */
export function kindNamed(name: string): DocumentKind | undefined {
  const wanted = name.trim().toLowerCase();
  return (Object.keys(KIND_NAMES) as DocumentKind[]).find((k) => KIND_NAMES[k].toLowerCase() === wanted);
}
