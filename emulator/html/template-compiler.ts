import { escapeHtml, escapeScriptValue } from './escape';

/** One piece of a template: static text, a `<? ?>` statement, or a printing `<?= ?>` / `<?!= ?>` scriptlet. */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'code'; code: string }
  | { kind: 'print'; expr: string; raw: boolean; inScript: boolean };

/** Splits a template into its parts (§3.5). An unclosed `<?` is an error, as a template that cannot compile. */
export function parseTemplate(source: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let html = '';
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<?', at);
    if (open < 0) break;
    const close = source.indexOf('?>', open + 2);
    // [UNVERIFIED wording] The live compile error for an unclosed scriptlet was not found.
    if (close < 0) throw new Error(`Unterminated scriptlet at character ${open} of the template`);
    const text = source.slice(at, open);
    if (text) parts.push({ kind: 'text', text });
    html += text;
    const body = source.slice(open + 2, close);
    if (body.startsWith('!=')) parts.push(print(body.slice(2), true, html));
    else if (body.startsWith('=')) parts.push(print(body.slice(1), false, html));
    else parts.push({ kind: 'code', code: body });
    at = close + 2;
  }
  if (at < source.length) parts.push({ kind: 'text', text: source.slice(at) });
  return parts;
}

function print(expr: string, raw: boolean, htmlBefore: string): TemplatePart {
  const lower = htmlBefore.toLowerCase();
  const open = lower.lastIndexOf('<script');
  // Inside the element's body, not inside its start tag (`<script src="<?= url ?>">` is an attribute).
  const inScript = open > lower.lastIndexOf('</script') && lower.indexOf('>', open) >= 0;
  return { kind: 'print', expr: firstStatement(expr), raw, inScript };
}

/** `<?= 'Hello'; 'abc' ?>` prints only its first statement's value (§3.5). */
function firstStatement(expr: string): string {
  let quote = '';
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === ';') return expr.slice(0, i);
  }
  return expr;
}

/** Turns a printed value into page text: raw, HTML-escaped, or a JS literal inside `<script>` (§3.5). */
export function printValue(value: unknown, raw: boolean, inScript: boolean): string {
  if (raw) return value === undefined || value === null ? '' : String(value);
  if (inScript) return escapeScriptValue(value);
  // [UNVERIFIED] null and undefined print as nothing.
  return value === undefined || value === null ? '' : escapeHtml(String(value));
}

/**
 * The JS body of `function (__scope, __print, __out)` that evaluates a template with `__scope` (template properties,
 * `output`, then the script's globals) in reach and pushes the page text onto `__out`.
 */
export function compileTemplate(source: string): string {
  const lines = ['with (__scope) {'];
  for (const part of parseTemplate(source)) {
    if (part.kind === 'text') lines.push(`__out.push(${JSON.stringify(part.text)});`);
    else if (part.kind === 'code') lines.push(part.code);
    else lines.push(`__out.push(__print((${part.expr}), ${part.raw}, ${part.inScript}));`);
  }
  lines.push('}');
  return lines.join('\n');
}
