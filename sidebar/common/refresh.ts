/**
 * A sidebar stays open while the sheets change under it: another curator's edit, a menu item such as «Отозвать
 * согласие…», typing in a cell. So it loads its lists again each time the person comes back to it (its window
 * gets the focus, or the tab becomes visible again), quietly: nothing is disabled, no «Загрузка…», and a failure
 * says nothing (the person's next action shows it). An answer is dropped when a call of the sidebar's own ran
 * meanwhile (its answer is newer), or runs now.
 */
import { callsStarted } from './status';

/** Loads `load` again whenever the person returns to the sidebar, and hands a fresh answer to `apply`. */
export function reloadOnReturn<T>(load: () => Promise<T>, apply: (fresh: T) => void): void {
  let running = false;
  const busy = () => document.querySelector('[aria-busy="true"]') !== null;
  const refresh = async (): Promise<void> => {
    if (running || busy()) return;
    running = true;
    const before = callsStarted();
    try {
      const fresh = await load();
      if (callsStarted() === before && !busy()) apply(fresh);
    } catch {
      // Quiet: the lists stay as they were, and the next click reports what is wrong.
    } finally {
      running = false;
    }
  };
  window.addEventListener('focus', () => void refresh());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refresh();
  });
}

/** Whether two answers differ, compared as the JSON they crossed the wire as. */
export function differs(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}
