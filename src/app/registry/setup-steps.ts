/**
 * Setup's steps after the layout, and how a stopped setup is completed. Apart from setup-workbook.ts so that the
 * write path (run-operation.ts), which completes a stopped setup before any other action, can reach them.
 */
import { TABLES } from '../../domain/registry/tables';
import type { LayoutRecord } from '../../ports/workbook-layout';
import type { Services } from '../services';
import { catchUpCounters } from './ids';
import { refreshNames } from './participant-names';
import { fillRoadmap } from './setup-roadmap';
import { fillSettings } from './setup-settings';

/**
 * The layout version this code builds. Version 1 (before developer metadata): sheets with header texts only,
 * some under former names, columns in any order, no metadata, no notes, dropdowns or protection, and no
 * version recorded. Version 2: everything `WorkbookLayout.plan` builds, found by metadata.
 */
export const LAYOUT_VERSION = 2;
/** The document property that records the layout version of this workbook. */
export const LAYOUT_PROPERTY = 'nastavnik.layoutVersion';

/**
 * Fills «Настройки» and «Дорожная карта» where empty, catches the ID counters up with the tables, writes the names
 * beside the IDs where they are missing and records the layout version; answers one Russian line per change. Each step checks what is there, so running them again
 * after a stop makes only what is missing. `previousVersion`: the version found before setup (null: none).
 */
export function fillRegistry(ctx: Services, previousVersion: number | null): string[] {
  const changes = [...fillSettings(ctx), ...fillRoadmap(ctx)];
  const tables = TABLES.filter((t) => t.idPrefix).map((spec) => ctx.tables.read(spec));
  const moved = catchUpCounters(ctx.properties, tables);
  if (moved.length > 0) changes.push(`счётчики ID приведены в соответствие с таблицей (${moved.length})`);
  // Derived, so written here rather than recorded: a stopped setup's completion writes them again.
  for (const named of refreshNames(ctx.tables, tables))
    changes.push(`лист «${named.sheet}»: вписаны ФИО рядом с ID (строк: ${named.rows})`);
  if (previousVersion !== LAYOUT_VERSION) {
    ctx.properties.setAll({ [LAYOUT_PROPERTY]: String(LAYOUT_VERSION) });
    if (previousVersion !== null && previousVersion < LAYOUT_VERSION) {
      changes.push(`разметка таблицы обновлена с версии ${previousVersion} до ${LAYOUT_VERSION}`);
    }
  }
  return changes;
}

/**
 * Makes again what a stopped setup planned, from the workbook as it is now: the layout (the sheets it created
 * laid out whole, a protection it left half-made finished) and the steps after it. The lines are the recorded
 * ones, not these: what the stopped run made no longer shows as a change. Its journal entry is among the
 * operation's recorded writes, made by the caller.
 */
export function completeSetup(s: Services, stopped: LayoutRecord): void {
  s.layout.plan(TABLES).apply(stopped);
  const version = s.properties.get(LAYOUT_PROPERTY);
  fillRegistry(s, version === null ? null : Number(version));
}
