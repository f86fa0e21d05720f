/**
 * Matching what a person typed against a closed list: case, «ё», dashes and spaces do not matter; a near miss
 * is reported with the closest option so the message can say «возможно, имелось в виду …».
 */

/** How a value compares with options: lower case, ё→е, any dash as «-», single spaces. */
export function normaliseOption(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The option a typed value means, or `undefined`. */
export function matchOption(text: string, options: readonly string[]): string | undefined {
  const wanted = normaliseOption(text);
  return options.find((option) => normaliseOption(option) === wanted);
}

/** The option closest to a typed value (by edit distance, or one containing it), or `undefined` if none is close. */
export function closestOption(text: string, options: readonly string[]): string | undefined {
  const wanted = normaliseOption(text);
  if (wanted.length === 0) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const option of options) {
    const candidate = normaliseOption(option);
    const contains = wanted.length >= 3 && (candidate.includes(wanted) || wanted.includes(candidate));
    const score = contains ? 0 : editDistance(wanted, candidate) / Math.max(wanted.length, candidate.length);
    if (score < bestScore) {
      bestScore = score;
      best = option;
    }
  }
  return bestScore <= 0.4 ? best : undefined;
}

/**
 * Splits a multi-value cell: by «;» and new lines, then by «,» only where the comma is not inside an option
 * (the direction «ИКТ-компетенции, цифровизация» contains one).
 */
export function splitMultiValue(text: string, options: readonly string[]): string[] {
  const values: string[] = [];
  for (const chunk of text.split(/[;\n\r]+/)) {
    const pieces = chunk.split(',').map((p) => p.trim());
    let i = 0;
    while (i < pieces.length) {
      let taken = 1;
      for (let j = pieces.length; j > i + 1; j -= 1) {
        if (matchOption(pieces.slice(i, j).join(', '), options)) {
          taken = j - i;
          break;
        }
      }
      const value = pieces
        .slice(i, i + taken)
        .join(', ')
        .trim();
      if (value) values.push(value);
      i += taken;
    }
  }
  return values;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost));
    }
    previous = current;
  }
  return previous[b.length];
}
