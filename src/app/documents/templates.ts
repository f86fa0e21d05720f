/**
 * Which template a document is made from: the Google Doc «Шаблоны документов» lists for its kind (the curator's
 * own, or the default the add-on made and the curator may have edited), read into a tree; without a row, the
 * default. Making a document registers the default as a Google Doc the first time, so the curator finds it there.
 */
import type { DocumentKind } from '../../domain/documents/contexts';
import { DOCUMENT_KINDS } from '../../domain/documents/kinds';
import { KIND_NAMES, kindNamed } from '../../domain/documents/kind-names';
import type { DocTree } from '../../domain/documents/model';
import { documentIdOf } from '../../domain/registry/entities/template';
import { TEMPLATES_TABLE } from '../../domain/registry/tables';
import { UserError } from '../../domain/user-error';
import type { DocumentStore } from '../../ports/document-store';
import type { SheetRow } from '../../ports/table-store';
import type { Services } from '../services';

/** Templates read once per execution: a batch of forty programmes reads its template once. */
export type TemplateCache = Map<DocumentKind, DocTree>;

/** The template of `kind`: the Doc its row in «Шаблоны документов» names, read into a tree; else the default. */
export function templateFor(
  s: Services,
  documents: DocumentStore,
  kind: DocumentKind,
  cache?: TemplateCache,
): DocTree {
  const cached = cache?.get(kind);
  if (cached) return cached;
  const table = s.tables.read(TEMPLATES_TABLE);
  const row = rowOf(table.rows, kind);
  let tree: DocTree;
  if (row) {
    const link = String(row.cells.templateUrl ?? '');
    const id = documentIdOf(link);
    if (!id) {
      throw new UserError(
        `Лист «${table.sheetName}», строка ${row.rowNumber}: «${link}» — не ссылка на Google Документ. ` +
          'Исправьте ссылку или очистите строку: документ будет сделан по шаблону по умолчанию.',
      );
    }
    tree = documents.read(id);
  } else tree = DOCUMENT_KINDS[kind].template();
  cache?.set(kind, tree);
  return tree;
}

/**
 * The first document of a kind lists its default template: made as a Google Doc (carrying a key, so never twice)
 * and written in «Шаблоны документов», where the curator edits it or puts a link of their own. Nothing when the
 * kind has a row already. Call it once the document is sure to be made.
 */
export function registerTemplate(s: Services, documents: DocumentStore, kind: DocumentKind): void {
  const table = s.tables.read(TEMPLATES_TABLE);
  if (rowOf(table.rows, kind)) return;
  const made = documents.ensure(
    `Шаблон — ${KIND_NAMES[kind]}`,
    `шаблон ${kind}`,
    DOCUMENT_KINDS[kind].template(),
    { readLater: true },
  );
  s.tables.append(table, [{ kind: KIND_NAMES[kind], templateUrl: made.url }]);
}

function rowOf(rows: readonly SheetRow[], kind: DocumentKind): SheetRow | undefined {
  return rows.find((r) => kindNamed(String(r.cells.kind ?? '')) === kind);
}
