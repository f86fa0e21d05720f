/** Small hand-written fakes of the services' ports, for use-case tests without the emulator. */
import type { Services } from '../../src/app/services';
import type { TableSpec } from '../../src/domain/registry/table-spec';
import type { CheckReport, CellProblem, ReportLine } from '../../src/ports/check-report';
import type { Journal, JournalEntry } from '../../src/ports/journal';
import type { Operation, OperationLog } from '../../src/ports/operation-log';
import type { Properties } from '../../src/ports/properties';
import type { Ui } from '../../src/ports/ui';
import type { Cells, RowUpdate, SheetRow, TableData, TableStore } from '../../src/ports/table-store';
import type { LayoutPlan, WorkbookLayout } from '../../src/ports/workbook-layout';

/** Tables as arrays of rows by table key; row N of the sheet is `rows[N - 2]`; blank rows are {}. */
export class MemoryTables implements TableStore {
  readonly sheets = new Map<string, Cells[]>();
  writes = 0;

  timeZone(): string {
    return 'Europe/Moscow';
  }

  read(spec: TableSpec): TableData {
    const rows: SheetRow[] = (this.sheets.get(spec.key) ?? [])
      .map((cells, i) => ({ rowNumber: i + 2, cells }))
      .filter((r) => Object.values(r.cells).some((v) => v !== '' && v !== false));
    const headers = Object.fromEntries(spec.columns.map((c) => [c.key, c.header]));
    return { spec, sheetName: spec.sheetName, rows, headers, missing: [] };
  }

  update(table: TableData, updates: readonly RowUpdate[]): void {
    if (updates.length > 0) this.writes++;
    const rows = this.sheets.get(table.spec.key) ?? [];
    for (const u of updates) rows[u.rowNumber - 2] = { ...rows[u.rowNumber - 2], ...u.cells };
  }

  append(table: TableData, rows: readonly Cells[]): number[] {
    return this.appendTo(table.spec, rows);
  }

  appendTo(spec: TableSpec, rows: readonly Cells[]): number[] {
    if (rows.length > 0) this.writes++;
    const sheet = this.sheets.get(spec.key) ?? [];
    this.sheets.set(spec.key, sheet);
    return rows.map((r) => sheet.push({ ...r }) + 1);
  }
}

/** Properties in memory. */
export class MemoryProperties implements Properties {
  readonly values: Record<string, string> = {};
  get(key: string): string | null {
    return this.values[key] ?? null;
  }
  setAll(values: Readonly<Record<string, string>>): void {
    Object.assign(this.values, values);
  }
}

/** A journal that keeps each batch it was given. */
export class MemoryJournal implements Journal {
  readonly batches: JournalEntry[][] = [];
  record(entries: readonly JournalEntry[]): void {
    if (entries.length > 0) this.batches.push([...entries]);
  }
}

/** A check report that keeps what it was shown. */
export class MemoryReport implements CheckReport {
  readonly marks = new Map<string, CellProblem[]>();
  lines: ReportLine[] = [];
  mark(table: TableData, problems: readonly CellProblem[]): void {
    this.marks.set(table.spec.key, [...problems]);
  }
  publish(lines: readonly ReportLine[]): void {
    this.lines = [...lines];
  }
}

/** A layout that says each table already existed (layout 1) or is to be created until a plan is applied. */
export class FakeLayout implements WorkbookLayout {
  constructor(public existed: boolean) {}
  plan(specs: readonly TableSpec[]): LayoutPlan {
    const created = this.existed ? [] : specs.map((s) => s.key);
    return {
      changes: [],
      writes: false,
      record: { created, widths: {}, looks: {}, protect: [] },
      apply: () => {
        this.existed = true;
      },
    };
  }
}

/** A UI that keeps what it said and answers every prompt with nothing (cancel). */
export class MemoryUi implements Ui {
  readonly said: string[] = [];
  toast(message: string): void {
    this.said.push(message);
  }
  alert(message: string): void {
    this.said.push(message);
  }
  confirm(message: string): boolean {
    this.said.push(message);
    return false;
  }
  prompt(): string | null {
    return null;
  }
  sidebar(name: string): void {
    this.said.push(`sidebar ${name}`);
  }
}

/** Operations in memory: the pending one and the answers of those done. */
export class MemoryOperationLog implements OperationLog {
  current: Operation | null = null;
  readonly done = new Map<string, unknown>();
  pending(): Operation | null {
    return this.current;
  }
  record(operation: Operation): void {
    this.current = operation;
  }
  complete(operation: Operation): void {
    this.current = null;
    this.done.set(operation.id, operation.result);
  }
  answerOf(id: string): { readonly result: unknown } | null {
    return this.done.has(id) ? { result: this.done.get(id) } : null;
  }
}

/** The services on the fakes above; `lock.held` tells whether work ran under the lock. */
export function fakeServices() {
  const tables = new MemoryTables();
  const properties = new MemoryProperties();
  const journal = new MemoryJournal();
  const lock = {
    runs: 0,
    held: false,
    run<T>(work: () => T): T {
      this.runs++;
      this.held = true;
      try {
        return work();
      } finally {
        this.held = false;
      }
    },
  };
  const registry: Services & { report: MemoryReport; layout: FakeLayout } = {
    tables,
    properties,
    journal,
    lock,
    clock: { now: () => new Date('2025-10-01T09:30:00Z') },
    user: { email: () => 'curator@school.example' },
    report: new MemoryReport(),
    layout: new FakeLayout(false),
    scan: { find: () => [] },
    ui: new MemoryUi(),
    operations: new MemoryOperationLog(),
  };
  return { registry, tables, properties, journal, lock };
}
