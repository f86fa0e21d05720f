/** The DocumentLock port on LockService: one change at a time per workbook. */
import { UserError } from '../../domain/user-error';
import type { DocumentLock } from '../../ports/lock';

/** What a person reads when another execution holds the lock too long. */
export const BUSY_MESSAGE =
  'Таблицу сейчас изменяет другой пользователь или процесс. Повторите через минуту.';

/**
 * LockService's own refusals, in the platform's English (docs/apps-script-platform.md §6.1): «Lock timeout:
 * another process was holding the lock for too long.», «Could not obtain lock», «There are too many LockService
 * operations against the same script.». The person reads BUSY_MESSAGE instead.
 */
const LOCK_REFUSED = /lock timeout|could not obtain lock|too many lockservice operations/i;

/**
 * Runs work under `LockService.getDocumentLock()`, flushing pending writes before letting go. Work already under
 * this lock (a job's item that runs an operation) just runs: only the outermost run takes and releases it.
 */
export class GasDocumentLock implements DocumentLock {
  private held = false;

  constructor(private readonly timeoutMs = 20000) {}

  run<T>(work: () => T): T {
    if (this.held) return work();
    const lock = LockService.getDocumentLock();
    if (!lock) throw new Error('No document lock: the add-on runs outside a spreadsheet');
    if (!this.acquire(lock)) throw new UserError(BUSY_MESSAGE);
    this.held = true;
    try {
      return work();
    } finally {
      this.held = false;
      // The Lock reference: apply pending spreadsheet changes before releasing (§1.10, §6.1).
      SpreadsheetApp.flush();
      lock.releaseLock();
    }
  }

  /** tryLock's answer; a refusal it throws counts as «busy», anything else (the execution stopped) is not. */
  private acquire(lock: GoogleAppsScript.Lock.Lock): boolean {
    try {
      return lock.tryLock(this.timeoutMs);
    } catch (error) {
      if (error instanceof Error && LOCK_REFUSED.test(error.message)) return false;
      throw error;
    }
  }
}
