/**
 * Marks problem cells with a note, so the curator sees the problem where it is. A mark starts with MARK_PREFIX;
 * a note the curator had there is kept below the mark and comes back when the mark is removed.
 */
import type { CellProblem } from '../../ports/check-report';

/** How the add-on's notes begin; notes without it are the curator's and are never removed. */
export const MARK_PREFIX = '⚠ Проверка данных: ';
/** Separates the mark from the curator's own note kept under it. */
const KEPT_NOTE = '\n———\n';

/** Notes of a block after marking: `notes[r][c]` of rows from `firstRow`, columns from 1. Pure. */
export function markedNotes(
  notes: readonly string[][],
  firstRow: number,
  problems: readonly CellProblem[],
  columns: ReadonlyMap<string, number>,
): string[][] {
  const wanted = new Map<string, string[]>();
  for (const p of problems) {
    const column = p.key === undefined ? undefined : columns.get(p.key);
    if (column === undefined || p.row < firstRow) continue;
    const at = `${p.row}:${column}`;
    wanted.set(at, [...(wanted.get(at) ?? []), p.message]);
  }
  return notes.map((line, r) =>
    line.map((note, c) => {
      const own = ownNote(note);
      const messages = wanted.get(`${r + firstRow}:${c + 1}`);
      if (!messages) return own;
      const mark = MARK_PREFIX + messages.join('\n');
      return own ? mark + KEPT_NOTE + own : mark;
    }),
  );
}

/** The curator's part of a note: all of it, or what was kept under the add-on's mark. */
function ownNote(note: string): string {
  if (!note.startsWith(MARK_PREFIX)) return note;
  const kept = note.indexOf(KEPT_NOTE);
  return kept < 0 ? '' : note.slice(kept + KEPT_NOTE.length);
}
