/** Runs a change under the document lock, so two curators or a trigger never interleave their writes. */
export interface DocumentLock {
  /** Runs `work` holding the lock; throws a UserError when another execution keeps it too long. */
  run<T>(work: () => T): T;
}
