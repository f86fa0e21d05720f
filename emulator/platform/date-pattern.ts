/** One piece of a Java `SimpleDateFormat` pattern: a run of one field letter, or literal text. */
export type PatternToken = { field: string; count: number } | { literal: string };

const FIELD_LETTERS = /[A-Za-z]/;
/** Letters Java knows; those the emulator lacks throw `not implemented` rather than print something wrong. */
const JAVA_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

/** Splits a pattern into fields and literals; `'…'` quotes text and `''` is a single quote. */
export function tokenize(pattern: string): PatternToken[] {
  const tokens: PatternToken[] = [];
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && 'literal' in last) last.literal += text;
    else tokens.push({ literal: text });
  };
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        literal("'");
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      for (; j < pattern.length; j++) {
        if (pattern[j] !== "'") text += pattern[j];
        else if (pattern[j + 1] === "'") text += pattern[j++];
        else break;
      }
      if (j >= pattern.length) throw new Error(`Unterminated quote in date pattern: ${pattern}`);
      literal(text);
      i = j + 1;
    } else if (FIELD_LETTERS.test(c)) {
      if (!JAVA_LETTERS.includes(c)) throw new Error(`Illegal pattern character '${c}'`);
      let j = i;
      while (pattern[j] === c) j++;
      tokens.push({ field: c, count: j - i });
      i = j;
    } else {
      literal(c);
      i++;
    }
  }
  return tokens;
}

/** Java's rule for `M`: the standalone (nominative) form when the month is the pattern's only field. */
export function monthIsStandalone(tokens: PatternToken[]): boolean {
  return tokens.every((t) => 'literal' in t || t.field === 'M');
}

/** Zero-pads to `count` digits. */
export function pad(value: number, count: number): string {
  const text = String(Math.abs(value)).padStart(count, '0');
  return value < 0 ? `-${text}` : text;
}

/** `+0300` (Z), `+03` / `+0300` / `+03:00` (X, XX, XXX; `Z` at zero) for an offset in minutes. */
export function formatOffset(minutes: number, letter: 'Z' | 'X', count: number): string {
  if (letter === 'X' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (letter === 'Z') return `${sign}${h}${m}`;
  return count === 1 ? `${sign}${h}` : count === 2 ? `${sign}${h}${m}` : `${sign}${h}:${m}`;
}
