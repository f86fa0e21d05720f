import type { FormModel, ItemModel } from '../emulator/forms/model';
import { escapeHtml } from '../emulator/html/escape';

/** A plain page around some HTML: the style every page outside the spreadsheet window shares. */
export function plainPage(title: string, body: string): string {
  return (
    `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    '<link rel="stylesheet" href="/plain.css"></head><body><main class="plain">' +
    `${body}</main></body></html>`
  );
}

/**
 * The form as its respondent sees it: a fillable HTML form posting back to the playground, which hands the
 * answers to the emulator's respondent submission. Every title, help text and choice is escaped.
 */
export function formPage(
  form: FormModel,
  error?: string,
  prefilled: Readonly<Record<string, unknown>> = {},
): string {
  const title = form.title || form.fileName;
  const parts = [`<h1>${escapeHtml(title)}</h1>`];
  if (form.description) parts.push(`<p class="muted">${escapeHtml(form.description)}</p>`);
  if (error) parts.push(`<p class="error" role="alert">${escapeHtml(error)}</p>`);
  if (!form.acceptingResponses) {
    parts.push('<p class="error">Форма больше не принимает ответы.</p>');
    return plainPage(title, parts.join('\n'));
  }
  parts.push(`<form method="post" action="/form/${encodeURIComponent(form.id)}">`);
  if (form.collectEmail) {
    parts.push(field('Адрес электронной почты', '', true, '<input type="email" name="__email" required>'));
  }
  for (const item of form.items) parts.push(itemHtml(item, prefilled[String(item.id)]));
  parts.push('<button type="submit">Отправить</button></form>');
  return plainPage(title, parts.join('\n'));
}

function field(title: string, help: string, required: boolean, control: string): string {
  const star = required ? ' <span class="required" title="Обязательный вопрос">*</span>' : '';
  const helpHtml = help ? `<p class="muted">${escapeHtml(help)}</p>` : '';
  return `<fieldset class="question"><legend>${escapeHtml(title)}${star}</legend>${helpHtml}${control}</fieldset>`;
}

/** An item's control; `given` is what a pre-filled link put in it (a text, or a list for checkboxes). */
function itemHtml(item: ItemModel, given?: unknown): string {
  const name = `q${item.id}`;
  const req = item.required ? ' required' : '';
  const picked = new Set((Array.isArray(given) ? given : given === undefined ? [] : [given]).map(String));
  const text = typeof given === 'string' ? ` value="${escapeHtml(given)}"` : '';
  const choice = (type: 'radio' | 'checkbox', value: string): string =>
    `<label><input type="${type}" name="${name}" value="${escapeHtml(value)}"${type === 'radio' ? req : ''}` +
    `${picked.has(value) ? ' checked' : ''}> ${escapeHtml(value)}</label>`;
  switch (item.type) {
    case 'SECTION_HEADER':
    case 'PAGE_BREAK':
      return `<h2>${escapeHtml(item.title)}</h2>${item.helpText ? `<p class="muted">${escapeHtml(item.helpText)}</p>` : ''}`;
    case 'TEXT':
      return field(
        item.title,
        item.helpText,
        item.required,
        `<input type="text" name="${name}"${text}${req}>`,
      );
    case 'PARAGRAPH_TEXT':
      return field(
        item.title,
        item.helpText,
        item.required,
        `<textarea name="${name}" rows="4"${req}>${typeof given === 'string' ? escapeHtml(given) : ''}</textarea>`,
      );
    case 'DATE':
      return field(
        item.title,
        item.helpText,
        item.required,
        `<input type="date" name="${name}"${text}${req}>`,
      );
    case 'TIME':
      return field(item.title, item.helpText, item.required, `<input type="time" name="${name}"${req}>`);
    case 'DATETIME':
    case 'DURATION': {
      const hint = item.type === 'DATETIME' ? 'ГГГГ-ММ-ДД ЧЧ:ММ' : 'ЧЧ:ММ:СС';
      const input = `<input type="text" name="${name}" placeholder="${hint}"${req}>`;
      return field(item.title, item.helpText, item.required, input);
    }
    case 'MULTIPLE_CHOICE':
      return field(
        item.title,
        item.helpText,
        item.required,
        (item.choices ?? []).map((c) => choice('radio', c)).join(''),
      );
    case 'CHECKBOX':
      return field(
        item.title,
        item.helpText,
        item.required,
        (item.choices ?? []).map((c) => choice('checkbox', c)).join(''),
      );
    case 'LIST': {
      const options = (item.choices ?? [])
        .map((c) => `<option${picked.has(c) ? ' selected' : ''}>${escapeHtml(c)}</option>`)
        .join('');
      return field(
        item.title,
        item.helpText,
        item.required,
        `<select name="${name}"${req}><option value=""></option>${options}</select>`,
      );
    }
    case 'SCALE': {
      const values: string[] = [];
      for (let v = item.lower ?? 1; v <= (item.upper ?? 5); v++) values.push(String(v));
      const scale =
        `<span class="muted">${escapeHtml(item.leftLabel ?? '')}</span> ` +
        values.map((v) => choice('radio', v)).join(' ') +
        ` <span class="muted">${escapeHtml(item.rightLabel ?? '')}</span>`;
      return field(item.title, item.helpText, item.required, scale);
    }
    case 'GRID':
    case 'CHECKBOX_GRID': {
      const type = item.type === 'GRID' ? 'radio' : 'checkbox';
      const head = `<tr><th></th>${(item.columns ?? []).map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
      const rows = (item.rows ?? []).map((row, r) => {
        const cells = (item.columns ?? []).map(
          (c) =>
            `<td><input type="${type}" name="${name}.${r}" value="${escapeHtml(c)}" aria-label="${escapeHtml(`${row}: ${c}`)}"></td>`,
        );
        return `<tr><th>${escapeHtml(row)}</th>${cells.join('')}</tr>`;
      });
      return field(
        item.title,
        item.helpText,
        item.required,
        `<table class="grid">${head}${rows.join('')}</table>`,
      );
    }
  }
}

/**
 * The answers of a posted form, keyed by question title as the emulator's respondent submission takes them:
 * text for one value, a list for checkboxes, one entry per row for grids. Unanswered questions are left out.
 */
export function answersFromPost(form: FormModel, fields: URLSearchParams): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const item of form.items) {
    const name = `q${item.id}`;
    if (item.type === 'CHECKBOX') {
      const values = fields.getAll(name);
      if (values.length) answers[item.title] = values;
    } else if (item.type === 'GRID' || item.type === 'CHECKBOX_GRID') {
      const rows = (item.rows ?? []).map((_, r) => {
        const picked = fields.getAll(`${name}.${r}`);
        if (!picked.length) return null;
        return item.type === 'GRID' ? picked[0] : picked;
      });
      if (rows.some((v) => v !== null)) answers[item.title] = rows;
    } else if (item.type !== 'SECTION_HEADER' && item.type !== 'PAGE_BREAK') {
      const value = fields.get(name);
      if (value) answers[item.title] = value;
    }
  }
  return answers;
}
