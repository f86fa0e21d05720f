/** The audit trail («Журнал»): every change the add-on makes, who made it and when. */

/** One change: what was done, to which rows (by ID), with an optional detail in Russian. */
export interface JournalEntry {
  readonly action: string;
  readonly ids: readonly string[];
  readonly details?: string;
}

/** Appends entries to the journal; one call is one batched write. */
export interface Journal {
  record(entries: readonly JournalEntry[]): void;
}
