/**
 * The answers a pre-filled link carries (`…/viewform?usp=pp_url&entry.<itemId>=<value>`, spaces as `+`, one
 * `entry` per ticked box; docs/apps-script-platform.md §5.2). `FormResponse.toPrefilledUrl()` of a submitted
 * response gives all its answers in one call, where `getItemResponses()` costs three calls per answer.
 */
import type { AnswerValue } from '../../domain/questionnaires/answers';

/** Answers by item ID; a date written as `entry.<id>_year`, `_month`, `_day` (older forms) is read as YYYY-MM-DD. */
export function answersFromPrefilledUrl(url: string): Record<string, AnswerValue> {
  const query = url.slice(url.indexOf('?') + 1);
  const values = new Map<string, string[]>();
  const dates = new Map<string, Record<string, string>>();
  for (const pair of query.split('&')) {
    const at = pair.indexOf('=');
    const [rawKey, rawValue] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    const entry = /^entry\.(\d+)(?:_(year|month|day))?$/.exec(decode(rawKey));
    if (!entry) continue;
    const [, id, part] = entry;
    if (part) dates.set(id, { ...dates.get(id), [part]: decode(rawValue) });
    else values.set(id, [...(values.get(id) ?? []), decode(rawValue)]);
  }
  const answers: Record<string, AnswerValue> = {};
  for (const [id, list] of values) answers[id] = list.length === 1 ? list[0] : list;
  for (const [id, { year = '', month = '', day = '' }] of dates) {
    answers[id] = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return answers;
}

/** A query value: `+` is a space; a broken escape is kept as typed rather than lost. */
function decode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
