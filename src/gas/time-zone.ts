/**
 * Converts between instants and the wall-clock time of a time zone held in a Date's UTC fields (the ports'
 * convention, see src/ports/table-store.ts). Uses Intl, which the V8 runtime of Apps Script provides, instead
 * of one Utilities.formatDate call per cell.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time in `timeZone` at `instant`, in the UTC fields of the answer. */
export function toWallClock(instant: Date, timeZone: string): Date {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return new Date(
    Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second, instant.getUTCMilliseconds()),
  );
}

/** The instant at which `timeZone` shows the wall-clock time held in the UTC fields of `wall`. */
export function fromWallClock(wall: Date, timeZone: string): Date {
  const guess = wall.getTime();
  let offset = toWallClock(new Date(guess), timeZone).getTime() - guess;
  // A second pass settles days when the offset changes (daylight saving) between the guess and the answer.
  offset = toWallClock(new Date(guess - offset), timeZone).getTime() - (guess - offset);
  return new Date(guess - offset);
}
