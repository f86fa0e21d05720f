const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Entity-escapes text for HTML body text and attribute values (§3.5: what `<?= ?>` and appendUntrusted do). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Prints a value inside `<script>` as a JS literal that cannot close the script element (§3.5, contextual
 * escaping). [COMMUNITY/UNVERIFIED] Live templates print `var x = <?= list ?>;` as a JS value; the exact escaping
 * rules are not documented, so this is JSON with `<`, `>`, `&` and the line separators escaped.
 */
export function escapeScriptValue(value: unknown): string {
  const json = JSON.stringify(value === undefined ? null : value) ?? 'null';
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
