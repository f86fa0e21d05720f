import type { DocumentContexts, DocumentKind } from './contexts';
import { scopeOf } from './fields';
import { fieldsOf, DOCUMENT_KINDS } from './kinds';
import type { KindDefinition } from './kind-definition';
import type { DocumentLanguage } from './language';
import type { DocTree } from './model';
import { parseTemplate, type ParsedTemplate } from './parse-template';
import { templateError } from './problems';
import { render, type Rendered } from './render';

/** Reads a template of a kind (the default, or the curator's Doc read into a tree) and checks it. */
export function readTemplate(kind: DocumentKind, template: DocTree): ParsedTemplate {
  return parseTemplate(template, fieldsOf(kind));
}

/**
 * A document of a kind from its template and data: the template is checked first, and a broken one is refused
 * with every problem and where it is (a `UserError`), so nothing is made from it. The result lists the fields
 * the data could not fill, for the preview.
 */
export function fillDocument<K extends DocumentKind>(
  kind: K,
  template: DocTree,
  context: DocumentContexts[K],
  language: DocumentLanguage,
): Rendered {
  const definition = DOCUMENT_KINDS[kind] as KindDefinition<DocumentContexts[K]>;
  const parsed = readTemplate(kind, template);
  if (!parsed.ok) throw templateError(definition.name, parsed.problems);
  return render(parsed.template, scopeOf(definition.fields, context, language));
}
