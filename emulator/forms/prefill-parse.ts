import type { FormModel } from './model';

/**
 * Reads a pre-filled link (`…/d/e/<publishedId>/viewform?usp=pp_url&entry.<itemId>=…`, as toPrefilledUrl builds
 * it) back into the form's published id and answers keyed by item id: what a person opening the link starts with.
 * Checkboxes come back as lists; grid rows (`entry.<itemId>.<row>`) as one value or list per row.
 */
export function parsePrefilledUrl(url: string, findForm: (publishedId: string) => FormModel | undefined) {
  const match = /\/forms\/d\/e\/([-\w]+)\/viewform\?(.*)$/.exec(url);
  if (!match) throw new Error(`emulator: not a pre-filled form link: ${url}`);
  const form = findForm(match[1]);
  if (!form) throw new Error(`emulator: no form published as ${match[1]}`);
  const params = new URLSearchParams(match[2]);
  const answers: Record<string, unknown> = {};
  for (const item of form.items) {
    const values = params.getAll(`entry.${item.id}`);
    if (item.type === 'GRID' || item.type === 'CHECKBOX_GRID') {
      const rows = (item.rows ?? []).map((_, i) => params.getAll(`entry.${item.id}.${i}`));
      if (rows.every((r) => r.length === 0)) continue;
      answers[String(item.id)] = rows.map((r) =>
        item.type === 'GRID' ? (r[0] ?? null) : r.length ? r : null,
      );
    } else if (values.length) {
      answers[String(item.id)] = item.type === 'CHECKBOX' ? values : values[0];
    }
  }
  return { formId: form.id, answers };
}
