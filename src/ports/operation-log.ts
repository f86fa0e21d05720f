/**
 * Where operations are recorded between their first and their last write, so that an execution stopped part-way
 * (the 6-minute limit, a closed tab) is completed by the next one, and a click sent twice is applied once.
 */
import type { Cells } from '../domain/registry/sheet-row';
import type { LayoutRecord } from './workbook-layout';

/** One write of an operation, by table and row ID, so that it can be applied again without effect. */
export type RecordedWrite =
  | {
      readonly kind: 'update';
      readonly table: string;
      /** The row's ID when it has one; rows typed by hand without an ID are found by `rowNumber`. */
      readonly id: string;
      readonly rowNumber: number;
      readonly cells: Cells;
    }
  | { readonly kind: 'append'; readonly table: string; readonly rows: readonly Cells[] }
  | { readonly kind: 'properties'; readonly values: Readonly<Record<string, string>> };

/** A user intent's writes, recorded before the first and marked done after the last. */
export interface Operation {
  /** Made by the caller (a sidebar makes one per click and sends it again on a retry). */
  readonly id: string;
  /** What the person did, for diagnostics («addMentor»). */
  readonly action: string;
  readonly writes: readonly RecordedWrite[];
  /** What the operation answered (small, JSON-safe): a retry with the same ID gets it again. */
  readonly result: unknown;
  /** Derived data rebuilt after the writes, before the operation counts as done. */
  readonly after?: 'check-report';
  /** «Настроить таблицу»: repaired again before the writes (its journal entry), see setup-workbook.ts. */
  readonly setup?: SetupRecord;
}

/** What setup records of its plan: the sheets it creates and protects, and the lines it journals. */
export interface SetupRecord extends LayoutRecord {
  readonly changes: readonly string[];
}

/** The operations of this workbook: at most one pending, and the answers of the recent ones done. */
export interface OperationLog {
  /** The operation recorded and not yet marked done, if any. */
  pending(): Operation | null;
  /** Records an operation before its first write (one call: it is there whole, or not at all). */
  record(operation: Operation): void;
  /** Marks the operation done, keeping its answer for a retry with the same ID. */
  complete(operation: Operation): void;
  /** The answer of an operation done earlier with this ID. */
  answerOf(id: string): { readonly result: unknown } | null;
}
