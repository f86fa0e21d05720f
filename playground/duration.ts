/** Milliseconds of an ISO 8601 duration («PT2H», «P1D», «P1W», «PT1H30M», «PT0.5S») or of a plain number. */
export function durationMs(value: string | number): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    String(value),
  );
  if (!match || String(value) === 'P' || String(value).endsWith('T')) {
    throw new Error(
      `Не понимаю длительность «${String(value)}»: нужно, например, "PT2H", "P1D" или число миллисекунд`,
    );
  }
  const [, w, d, h, m, s] = match.map((part) => Number(part ?? 0));
  return ((((w * 7 + d) * 24 + h) * 60 + m) * 60 + s) * 1000;
}
