/**
 * What is wrong in a row of the sheet, as a list answers it («Телефон»: ожидается номер…): shown above the form and
 * under each field it names, so the curator fixes it here (or in the sheet) instead of losing the row.
 */
import { el, replaceChildren } from './dom';
import type { Field } from './fields';

/** The label a problem names and what it says, or none for a problem of the row as a whole. */
function parse(problem: string): { label?: string; what: string } {
  const m = /^«([^«»]+)»: ([\s\S]*)$/.exec(problem);
  return m ? { label: m[1], what: m[2] } : { what: problem };
}

/**
 * Fills `box` with the row's problems (hides it when there are none) and shows each under the field with its
 * label; answers the keys of the fields marked, by `fields`' keys.
 */
export function showRowProblems(
  box: HTMLElement,
  problems: readonly string[] | undefined,
  fields: Readonly<Record<string, Field<unknown>>>,
): Set<string> {
  const marked = new Set<string>();
  for (const problem of problems ?? []) {
    const { label, what } = parse(problem);
    const key = Object.keys(fields).find((k) => fields[k].label === label);
    if (key === undefined) continue;
    fields[key].error(what);
    marked.add(key);
  }
  const list = problems ?? [];
  replaceChildren(
    box,
    list.length > 0
      ? el('strong', {}, 'В строке таблицы есть ошибки — исправьте их здесь или на листе:')
      : null,
    list.length > 0 ? el('ul', {}, ...list.map((p) => el('li', {}, p))) : null,
  );
  box.hidden = list.length === 0;
  return marked;
}

/**
 * The line under a list about rows it cannot show (no ID yet, a key cell that does not read), with each one's
 * message folded under it; empty when every row is listed.
 */
export function notListedLine(box: HTMLElement, skipped: readonly string[]): void {
  replaceChildren(
    box,
    skipped.length > 0
      ? el(
          'details',
          {},
          el('summary', {}, `Не показаны строки (${skipped.length}): выполните «Проверить данные».`),
          el('ul', {}, ...skipped.map((line) => el('li', {}, line))),
        )
      : null,
  );
}
