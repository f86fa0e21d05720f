/**
 * The one write path. Every user intent is an operation: under the document lock, an operation left pending by
 * an execution that was stopped is completed first (roll forward); an ID already done answers its first result
 * and writes nothing; then the work reads and checks everything on held-back services, and only when it returns
 * are its writes recorded (one call), made in the fewest batches, and the operation marked done (one call).
 */
import { normaliseId } from '../../domain/registry/ids';
import { requireTable, type TableKey } from '../../domain/registry/tables';
import type { Operation, RecordedWrite } from '../../ports/operation-log';
import type { Cells, TableData } from '../../ports/table-store';
import { rebuildCheckReport } from '../registry/check-work';
import { completeSetup } from '../registry/setup-steps';
import type { Services } from '../services';
import { bufferedServices } from './buffered-services';

/** What the caller knows of the operation. */
export interface OperationOptions {
  /** Made by the caller once per intent and sent again on a retry; made here when absent (menu actions). */
  readonly id?: string;
  /** What the person did, for diagnostics. */
  readonly action: string;
  /** Rebuild the check report after the writes (consent withdrawal: no quote of the person may stay). */
  readonly after?: 'check-report';
}

/** How an operation whose answer is large keeps a small one for a retry, and answers that retry. */
export interface Replay<R> {
  /** What is kept (small, JSON-safe); the answer itself by default. */
  readonly keep: (result: R) => unknown;
  /** The answer to a retry, from what was kept (read again from the workbook if need be). */
  readonly answer: (kept: unknown) => R;
}

/** Answers kept for a retry are stored in one property value each (docs/apps-script-platform.md §6.2). */
const MAX_KEPT = 2800;

/** Runs `work` as one operation; it must read before it writes and may throw (a UserError) only before. */
export function runOperation<R>(
  s: Services,
  options: OperationOptions,
  work: (b: Services) => R,
  replay?: Replay<R>,
): R {
  return s.lock.run(() => {
    completePending(s);
    if (options.id) {
      const done = s.operations.answerOf(options.id);
      if (done) return replay ? replay.answer(done.result) : (done.result as R);
    }
    const buffer = bufferedServices(s);
    const result = work(buffer.services);
    const writes = buffer.writes();
    const after = options.after ?? (buffer.reportsChecks ? 'check-report' : undefined);
    if (writes.length === 0 && !after) return result;
    const operation: Operation = {
      id: options.id ?? `${options.action}-${s.clock.now().getTime().toString(36)}`,
      action: options.action,
      writes,
      result: kept(replay ? replay.keep(result) : result),
      after,
    };
    s.operations.record(operation);
    buffer.apply();
    if (options.after && !buffer.reportsChecks) rebuildCheckReport(s);
    s.operations.complete(operation);
    return result;
  });
}

function kept(value: unknown): unknown {
  const json = JSON.stringify(value ?? null);
  if (json.length > MAX_KEPT)
    throw new Error(`an operation's kept answer is ${json.length} characters: keep less`);
  return JSON.parse(json) as unknown;
}

/**
 * Completes an operation a stopped execution left pending: every write is made again where it is missing (rows by
 * ID, cells by row ID, properties as recorded), the derived report rebuilt, and the operation marked done; a
 * setup's repairs are made again first (setup-workbook.ts). Call it under the lock; cheap when nothing is
 * pending (one property read). Answers the operation it completed.
 */
export function completePending(s: Services): Operation | null {
  const pending = s.operations.pending();
  if (!pending) return null;
  if (pending.setup) completeSetup(s, pending.setup);
  finishOperation(s, pending);
  return pending;
}

/** An operation's last steps: its recorded writes made where missing, the derived report, marked done. */
export function finishOperation(s: Services, operation: Operation): void {
  applyAgain(s, operation.writes);
  if (operation.after === 'check-report') rebuildCheckReport(s);
  s.operations.complete(operation);
}

/** Completes a pending operation before a read that shows data to a person (a sidebar's load). */
export function settlePending(s: Services): void {
  if (s.operations.pending()) s.lock.run(() => completePending(s));
}

function applyAgain(s: Services, writes: readonly RecordedWrite[]): void {
  const read = new Map<string, TableData>();
  const table = (key: string): TableData => {
    let data = read.get(key);
    if (!data) read.set(key, (data = s.tables.read(requireTable(key as TableKey))));
    return data;
  };
  const updates = new Map<string, Array<{ rowNumber: number; cells: Cells }>>();
  const appends = new Map<string, Cells[]>();
  const properties: Record<string, string> = {};
  for (const w of writes) {
    if (w.kind === 'properties') Object.assign(properties, w.values);
    else if (w.kind === 'append') appends.set(w.table, [...(appends.get(w.table) ?? []), ...w.rows]);
    else {
      const rowNumber = locate(table(w.table), w);
      if (rowNumber !== null)
        updates.set(w.table, [...(updates.get(w.table) ?? []), { rowNumber, cells: w.cells }]);
    }
  }
  for (const [key, list] of updates) s.tables.update(table(key), list);
  for (const [key, rows] of appends) {
    const present = new Set(table(key).rows.map((r) => idOf(r.cells)));
    const missing = rows.filter((r) => !present.has(idOf(r)));
    s.tables.append(table(key), missing);
  }
  s.properties.setAll(properties);
}

/** The row an update was meant for: by its ID (or the ID the update gives it), else the same row still without one. */
function locate(data: TableData, w: Extract<RecordedWrite, { kind: 'update' }>): number | null {
  const wanted = [normaliseId(w.id), normaliseId(String(w.cells.id ?? ''))].filter((id) => id !== null);
  const byId = data.rows.find((r) => wanted.includes(idOf(r.cells)));
  if (byId) return byId.rowNumber;
  if (w.id !== '') return null;
  const same = data.rows.find((r) => r.rowNumber === w.rowNumber);
  return same && idOf(same.cells) === '' ? same.rowNumber : null;
}

function idOf(cells: Cells): string {
  return normaliseId(String(cells.id ?? '')) ?? '';
}

/**
 * The operation ID a sidebar sent with a save (made once per click, sent again on a retry), or none: anything
 * but a short plain token is ignored, and the save is then an operation of its own.
 */
export function operationIdOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(value) ? value : undefined;
}
