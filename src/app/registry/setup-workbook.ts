/**
 * «Настроить таблицу»: creates every registry sheet or repairs it without touching data, fills «Настройки» with
 * defaults and «Дорожная карта» with the model roadmap, and migrates an older layout in place. Running it again
 * changes nothing.
 */
import { TABLES } from '../../domain/registry/tables';
import { catchUpCounters } from './ids';
import type { Services } from '../services';
import { fillRoadmap } from './setup-roadmap';
import { fillSettings } from './setup-settings';

/**
 * The layout version this code builds. Version 1 (before developer metadata): sheets with header texts only,
 * some under former names, columns in any order, no metadata, no notes, dropdowns or protection, and no
 * version recorded. Version 2: everything `WorkbookLayout.ensure` builds, found by metadata.
 */
export const LAYOUT_VERSION = 2;
/** The document property that records the layout version of this workbook. */
export const LAYOUT_PROPERTY = 'nastavnik.layoutVersion';

/** What setup did: one Russian line per change (none when the workbook was already set up). */
export interface SetupResult {
  readonly changes: string[];
  /** The version found before: 1 for registry sheets without a recorded version, null for a new workbook. */
  readonly previousVersion: number | null;
}

/** Sets up or repairs the whole registry under the document lock; journals what changed. */
export function setupWorkbook(deps: Services): SetupResult {
  return deps.lock.run(() => {
    const recorded = deps.properties.get(LAYOUT_PROPERTY);
    const results = TABLES.map((spec) => deps.layout.ensure(spec));
    // Registry sheets without a recorded version were made by layout 1, before versions were recorded.
    const previousVersion = recorded !== null ? Number(recorded) : results.some((r) => !r.created) ? 1 : null;
    const changes = results.flatMap((r) => r.changes);
    changes.push(...deps.layout.removeBlankDefaultSheet());
    changes.push(...fillSettings(deps));
    changes.push(...fillRoadmap(deps));
    const moved = catchUpCounters(
      deps.properties,
      TABLES.filter((t) => t.idPrefix).map((spec) => deps.tables.read(spec)),
    );
    if (moved.length > 0) changes.push(`счётчики ID приведены в соответствие с таблицей (${moved.length})`);
    if (previousVersion !== LAYOUT_VERSION) {
      deps.properties.setAll({ [LAYOUT_PROPERTY]: String(LAYOUT_VERSION) });
      if (previousVersion !== null && previousVersion < LAYOUT_VERSION) {
        changes.push(`разметка таблицы обновлена с версии ${previousVersion} до ${LAYOUT_VERSION}`);
      }
    }
    if (changes.length > 0) {
      deps.journal.record([{ action: 'Настройка таблицы', ids: [], details: changes.join('\n') }]);
    }
    return { changes, previousVersion };
  });
}
