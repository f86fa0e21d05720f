import { DOCUMENT_KIND_NAMES } from '../../documents/kind-names';
import * as z from './zod';

/** The id of a Google Doc in its link («…/document/d/<id>/edit») or the bare id, or null. */
export function documentIdOf(link: string): string | null {
  const text = link.trim();
  const inLink = /\/document\/d\/([A-Za-z0-9_-]{20,})/.exec(text);
  if (inLink) return inLink[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(text) ? text : null;
}

/** A row of «Шаблоны документов». */
export const TemplateRowSchema = z.object({
  kind: z.enum(DOCUMENT_KIND_NAMES as [string, ...string[]]),
  templateUrl: z.string().refine((link) => documentIdOf(link) !== null, {
    message:
      'это не ссылка на Google Документ. Скопируйте ссылку из адресной строки документа (https://docs.google.com/document/d/…)',
  }),
  note: z.string().optional(),
});
/** Which document a kind is made from. */
export type TemplateRow = z.infer<typeof TemplateRowSchema>;
