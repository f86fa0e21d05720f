/** The DocumentLock port on LockService: one change at a time per workbook. */
import { UserError } from '../../domain/user-error';
import type { DocumentLock } from '../../ports/lock';

/** What a person reads when another execution holds the lock too long. */
export const BUSY_MESSAGE =
  'Таблицу сейчас изменяет другой пользователь или процесс. Повторите через минуту.';

/** Runs work under `LockService.getDocumentLock()`, flushing pending writes before letting go. */
export class GasDocumentLock implements DocumentLock {
  constructor(private readonly timeoutMs = 20000) {}

  run<T>(work: () => T): T {
    const lock = LockService.getDocumentLock();
    if (!lock) throw new Error('No document lock: the add-on runs outside a spreadsheet');
    // tryLock answers false when the time is up; anything it throws (the execution stopped) is not the person's.
    if (!lock.tryLock(this.timeoutMs)) throw new UserError(BUSY_MESSAGE);
    try {
      return work();
    } finally {
      // The Lock reference: apply pending spreadsheet changes before releasing (§1.10, §6.1).
      SpreadsheetApp.flush();
      lock.releaseLock();
    }
  }
}
