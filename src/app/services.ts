/**
 * The ports a use case works through, one name for the whole set: src/gas/services.ts builds the real ones for
 * each execution (lazily: only what the call touches), tests build small fakes or the emulator's.
 */
import type { CheckReport } from '../ports/check-report';
import type { Clock } from '../ports/clock';
import type { CurrentUser } from '../ports/current-user';
import type { Journal } from '../ports/journal';
import type { OperationLog } from '../ports/operation-log';
import type { DocumentLock } from '../ports/lock';
import type { Properties } from '../ports/properties';
import type { TableStore } from '../ports/table-store';
import type { Ui } from '../ports/ui';
import type { WorkbookLayout } from '../ports/workbook-layout';
import type { WorkbookScan } from '../ports/workbook-scan';

/** Everything a use case reads, writes and says through. */
export interface Services {
  /** The registry's tables (the workbook is the database). */
  readonly tables: TableStore;
  /** The one lock under which every write happens. */
  readonly lock: DocumentLock;
  readonly clock: Clock;
  readonly user: CurrentUser;
  /** The document's properties: ID counters, the layout version. */
  readonly properties: Properties;
  /** «Журнал»: who did what, when. */
  readonly journal: Journal;
  /** Creates and repairs the registry's sheets. */
  readonly layout: WorkbookLayout;
  /** «Проверка данных» and the notes on cells. */
  readonly report: CheckReport;
  /** Every cell of the workbook, for traces of a person outside the registry's columns. */
  readonly scan: WorkbookScan;
  readonly ui: Ui;
  /** Operations between their first and last write, and the answers of those done (the write path). */
  readonly operations: OperationLog;
}
