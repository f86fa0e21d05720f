/**
 * «Настроить таблицу»: creates every registry sheet or repairs it without touching data, fills «Настройки» with
 * defaults and «Дорожная карта» with the model roadmap, and migrates an older layout in place. Running it again
 * changes nothing.
 *
 * Stopped at any call (the 6-minute limit, a closed tab) and run again, it leaves exactly the workbook of one
 * uninterrupted run, journal included. So it is an operation of the write path (run-operation.ts): it first
 * reads everything and works out, writing nothing, what it will change — the layout's plan, and its steps run on
 * held-back services (setup-dry-run.ts) — then records that as a pending operation (one property write): the
 * sheets it creates, the columns it sizes and styles, the protections it adds, the change lines, and its journal
 * entry with the entry's ID. Only then does it write: the repairs, the steps, the journal entry, and the
 * operation marked done. Whatever execution comes next (this menu item again, or any action) completes a pending
 * setup first: it plans the layout afresh and applies it, giving the recorded sheets and columns again what
 * cannot be read back (widths, a header's wrap) and finishing a half-made protection, runs the steps again (each
 * makes only what is missing), and adds the recorded journal entry unless its ID is already there. The lines
 * are the recorded ones, since what the stopped run made no longer shows as a change; the setup that follows
 * finds nothing left and journals nothing, as after a clean run. A setup with nothing to journal records
 * nothing: its silent repairs (a dropdown, a format) are simply made again by the next run.
 */
import { TABLES } from '../../domain/registry/tables';
import type { Operation } from '../../ports/operation-log';
import { bufferedServices } from '../operations/buffered-services';
import { completePending, finishOperation } from '../operations/run-operation';
import type { Services } from '../services';
import { dryRun } from './setup-dry-run';
import { settingsToFill } from './setup-settings';
import { fillRegistry, LAYOUT_PROPERTY, LAYOUT_VERSION } from './setup-steps';

export { LAYOUT_PROPERTY, LAYOUT_VERSION };

/** What setup did: one Russian line per change (none when the workbook was already set up). */
export interface SetupResult {
  /** A stopped setup's lines first when this run completed it. */
  readonly changes: string[];
  /** The version found before: 1 for registry sheets without a recorded version, null for a new workbook. */
  readonly previousVersion: number | null;
  /** Required rows of «Настройки» still empty, by parameter: the curator fills them in next. */
  readonly settingsToFill: string[];
}

/** Sets up or repairs the whole registry under the document lock; journals what changed. */
export function setupWorkbook(s: Services): SetupResult {
  return s.lock.run(() => {
    const stopped = completePending(s)?.setup;
    const result = setUp(s);
    return stopped ? { ...result, changes: [...stopped.changes, ...result.changes] } : result;
  });
}

function setUp(s: Services): SetupResult {
  const recorded = s.properties.get(LAYOUT_PROPERTY);
  const layout = s.layout.plan(TABLES);
  const created = new Set(layout.record.created);
  // Registry sheets without a recorded version were made by layout 1, before versions were recorded.
  const previousVersion = recorded !== null ? Number(recorded) : created.size < TABLES.length ? 1 : null;
  const dry = dryRun(s, created);
  const changes = [...layout.changes, ...fillRegistry(dry.services, previousVersion)];
  // Read on the held-back services: «Настройки» as the steps leave it, without reading the sheet again.
  const toFill = settingsToFill(dry.services);
  if (changes.length === 0) {
    if (layout.writes || dry.wrote()) {
      layout.apply();
      fillRegistry(s, previousVersion);
    }
    return { changes, previousVersion, settingsToFill: toFill };
  }
  // The journal entry is planned on the held-back services too: its ID follows the counters the steps move.
  const entry = bufferedServices(dry.services);
  entry.services.journal.record([{ action: 'Настройка таблицы', ids: [], details: changes.join('\n') }]);
  const operation: Operation = {
    id: `setupWorkbook-${s.clock.now().getTime().toString(36)}`,
    action: 'setupWorkbook',
    writes: entry.writes(),
    result: null,
    setup: { ...layout.record, changes },
  };
  s.operations.record(operation);
  layout.apply();
  fillRegistry(s, previousVersion);
  finishOperation(s, operation);
  return { changes, previousVersion, settingsToFill: toFill };
}
