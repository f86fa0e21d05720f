/** The ports a registry use case works through; src/gas builds the real ones, tests build fakes. */
import type { Clock } from '../ports/clock';
import type { CurrentUser } from '../ports/current-user';
import type { Journal } from '../ports/journal';
import type { DocumentLock } from '../ports/lock';
import type { Properties } from '../ports/properties';
import type { TableStore } from '../ports/table-store';

/** Everything a registry use case reads and writes through. */
export interface RegistryContext {
  readonly tables: TableStore;
  readonly lock: DocumentLock;
  readonly clock: Clock;
  readonly user: CurrentUser;
  readonly properties: Properties;
}

/** The registry's ports plus the journal every change is recorded in. */
export interface Registry extends RegistryContext {
  readonly journal: Journal;
}
