/** Builds the registry's ports on Apps Script for one execution: the composition root of menu and sidebar calls. */
import type { CheckDataDeps } from '../app/check-data';
import type { SetupDeps } from '../app/setup-workbook';
import { TableJournal } from '../app/table-journal';
import type { Ui } from '../ports/ui';
import type { WorkbookScan } from '../ports/workbook-scan';
import { SheetCheckReport } from './check-report-sheet';
import { GasDocumentLock } from './document-lock';
import { GasDocumentProperties } from './document-properties';
import { SessionUser, SystemClock } from './session-ports';
import { GasWorkbookLayout } from './sheet-layout';
import { SheetTableStore } from './sheet-table-store';
import { SpreadsheetUi } from './spreadsheet-ui';
import { GasWorkbookScan } from './workbook-scan';

/** Every port of the registry on the active spreadsheet. */
export interface GasRegistry extends SetupDeps, CheckDataDeps {
  readonly tables: SheetTableStore;
  readonly ui: Ui;
  readonly scan: WorkbookScan;
}

/** The registry of the spreadsheet the add-on runs in. */
export function gasRegistry(): GasRegistry {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const properties = new GasDocumentProperties();
  const tables = new SheetTableStore(ss, properties);
  const base = {
    tables,
    lock: new GasDocumentLock(),
    clock: new SystemClock(),
    user: new SessionUser(),
    properties,
  };
  return {
    ...base,
    journal: new TableJournal(base),
    layout: new GasWorkbookLayout(ss),
    report: new SheetCheckReport(ss, tables),
    ui: new SpreadsheetUi(ss),
    scan: new GasWorkbookScan(ss),
  };
}
