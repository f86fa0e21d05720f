/**
 * The composition root: the ports of one execution on Apps Script. Built per call (Apps Script keeps nothing
 * between executions) and lazily, so a call pays only for the adapters it touches: a sidebar's list opens no UI,
 * a menu item that only shows a sidebar opens no spreadsheet.
 */
import type { Services } from '../app/services';
import { settlePending } from '../app/operations/run-operation';
import { TableJournal } from '../app/registry/table-journal';
import { GasDocumentLock } from './platform/document-lock';
import { GasDocumentProperties } from './platform/document-properties';
import { PropertyOperationLog } from './platform/property-operation-log';
import { SessionUser } from './platform/session-ports';
import { SpreadsheetUi } from './platform/spreadsheet-ui';
import { SystemClock } from './platform/system-clock';
import { SheetCheckReport } from './registry/check-report-sheet';
import { GasWorkbookLayout } from './registry/sheet-layout';
import { SheetTableStore } from './registry/sheet-table-store';
import { GasWorkbookScan } from './registry/workbook-scan';

/** The ports of the spreadsheet the add-on runs in, each made on first use. */
export function services(): Services {
  const made = new Map<keyof Services, unknown>();
  const once = <K extends keyof Services>(key: K, make: () => Services[K]): Services[K] => {
    if (!made.has(key)) made.set(key, make());
    return made.get(key) as Services[K];
  };
  let active: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  const spreadsheet = () => (active ??= SpreadsheetApp.getActiveSpreadsheet());
  let store: SheetTableStore | undefined;
  const tables = () => (store ??= new SheetTableStore(spreadsheet(), root.properties));
  const root: Services = {
    get tables() {
      return once('tables', tables);
    },
    get lock() {
      return once('lock', () => new GasDocumentLock());
    },
    get clock() {
      return once('clock', () => new SystemClock());
    },
    get user() {
      return once('user', () => new SessionUser());
    },
    get properties() {
      return once('properties', () => new GasDocumentProperties());
    },
    get journal() {
      return once('journal', () => new TableJournal(root));
    },
    get layout() {
      return once('layout', () => new GasWorkbookLayout(spreadsheet()));
    },
    get report() {
      return once('report', () => new SheetCheckReport(spreadsheet(), tables()));
    },
    get scan() {
      return once('scan', () => new GasWorkbookScan(spreadsheet()));
    },
    get operations() {
      return once('operations', () => new PropertyOperationLog());
    },
    get ui() {
      return once('ui', () => new SpreadsheetUi(spreadsheet));
    },
  };
  return root;
}

/**
 * The services of a read whose answer a person sees (a sidebar's load): an operation a stopped execution left
 * pending is completed first, so nothing half-written is shown — a withdrawn person's name least of all.
 */
export function settledServices(): Services {
  const s = services();
  settlePending(s);
  return s;
}
