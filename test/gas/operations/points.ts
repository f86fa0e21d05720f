/** Which service calls the kill-point and race tests try: every one under KILL_POINTS=all, else a fixed sample. */

/** Every call runs under KILL_POINTS=all (exhaustive; minutes); `npm test` runs the sample below. */
export const EVERY_POINT = process.env.KILL_POINTS === 'all';

/** 1…calls, or a deterministic sample: the first three, every `stride`-th, and the last ten (where writes are). */
export function pointsToTry(calls: number, stride = 3): number[] {
  const all = Array.from({ length: calls }, (_, i) => i + 1);
  if (EVERY_POINT) return all;
  return all.filter((k) => k <= 3 || k % stride === 0 || k > calls - 10);
}
