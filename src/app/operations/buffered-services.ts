/**
 * The services an operation's work runs on: reads go to the workbook (each sheet once), writes are held back and
 * recorded, so that nothing is written until every rule has been checked, and what will be written is known before
 * the first write.
 */
import type { TableSpec } from '../../domain/registry/table-spec';
import type { CellProblem, CheckReport, ReportLine } from '../../ports/check-report';
import type { RecordedWrite } from '../../ports/operation-log';
import type { Properties } from '../../ports/properties';
import type { Cells, RowUpdate, TableData, TableStore } from '../../ports/table-store';
import { TableJournal } from '../registry/table-journal';
import type { Services } from '../services';

/** The held-back writes of one operation's work, and how to make them on the workbook as they were read. */
export interface Buffer {
  readonly services: Services;
  /** The writes as recorded in the operation log (by table and row ID). */
  writes(): RecordedWrite[];
  /** Makes the writes on the real services, with the tables as the work read them (one batch per table). */
  apply(): void;
  /** Whether the work wrote the check report (it is rebuilt with the operation). */
  readonly reportsChecks: boolean;
}

/** Wraps `real` for one operation's work; the lock is already held, so the work's own `lock.run` just runs. */
export function bufferedServices(real: Services): Buffer {
  const recorded: RecordedWrite[] = [];
  const steps: Array<() => void> = [];
  const written = new Set<string>();
  // Each sheet is read once per operation (docs/architecture.md, «Performance rules»): writes are held back, so
  // what was read stays what the sheet holds until the operation writes.
  const read = new Map<string, TableData>();
  const pendingProperties: Record<string, string> = {};
  let reportsChecks = false;

  const tables: TableStore = {
    timeZone: () => real.tables.timeZone(),
    read(spec: TableSpec): TableData {
      // A read after a held-back write would see the sheet without it: a composition mistake, not the person's.
      if (written.has(spec.key)) throw new Error(`${spec.key} read after a write in the same operation`);
      let data = read.get(spec.key);
      if (!data) read.set(spec.key, (data = real.tables.read(spec)));
      return data;
    },
    update(table: TableData, updates: readonly RowUpdate[]): void {
      if (updates.length === 0) return;
      written.add(table.spec.key);
      for (const u of updates) {
        const row = table.rows.find((r) => r.rowNumber === u.rowNumber);
        const id = String(row?.cells.id ?? '');
        recorded.push({ kind: 'update', table: table.spec.key, id, rowNumber: u.rowNumber, cells: u.cells });
      }
      steps.push(() => real.tables.update(table, updates));
    },
    append(table: TableData, rows: readonly Cells[]): void {
      if (rows.length === 0) return;
      written.add(table.spec.key);
      recorded.push({ kind: 'append', table: table.spec.key, rows });
      steps.push(() => real.tables.append(table, rows));
    },
    appendTo(spec: TableSpec, rows: readonly Cells[]): void {
      if (rows.length === 0) return;
      written.add(spec.key);
      recorded.push({ kind: 'append', table: spec.key, rows });
      steps.push(() => real.tables.appendTo(spec, rows));
    },
    formulas: real.tables.formulas ? (table) => real.tables.formulas?.(table) ?? [] : undefined,
  };

  const properties: Properties = {
    get: (key) => (key in pendingProperties ? pendingProperties[key] : real.properties.get(key)),
    setAll(values) {
      if (Object.keys(values).length === 0) return;
      Object.assign(pendingProperties, values);
      recorded.push({ kind: 'properties', values: { ...values } });
      steps.push(() => real.properties.setAll(values));
    },
  };

  const report: CheckReport = {
    mark(table: TableData, problems: readonly CellProblem[]): void {
      reportsChecks = true;
      steps.push(() => real.report.mark(table, problems));
    },
    publish(lines: readonly ReportLine[], at: Date): void {
      reportsChecks = true;
      steps.push(() => real.report.publish(lines, at));
    },
  };

  const base = {
    tables,
    properties,
    report,
    lock: { run: <T>(work: () => T): T => work() },
    clock: real.clock,
    user: real.user,
    layout: real.layout,
    scan: real.scan,
    ui: real.ui,
    operations: real.operations,
  };
  const services: Services = { ...base, journal: new TableJournal(base) };
  return {
    services,
    writes: () => [...recorded],
    apply: () => steps.forEach((step) => step()),
    get reportsChecks() {
      return reportsChecks;
    },
  };
}
