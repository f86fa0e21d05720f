/** Fills an empty «Дорожная карта» with the model roadmap of the academic year in «Настройки». */
import { formatRuDate } from '../../domain/registry/dates';
import { parseSettings } from '../../domain/registry/parse-settings';
import { roadmapForYear } from '../../domain/registry/roadmap-for-year';
import { ROADMAP_TABLE, SETTINGS_TABLE } from '../../domain/registry/tables';
import { toRow } from '../../domain/registry/to-row';
import { planIds } from './ids';
import type { Services } from '../services';

/** Adds the model roadmap when the sheet has no rows yet; a roadmap the curator started is never touched. */
export function fillRoadmap(ctx: Services): string[] {
  const roadmap = ctx.tables.read(ROADMAP_TABLE);
  if (roadmap.rows.length > 0) return [];
  const zone = ctx.tables.timeZone();
  const { settings } = parseSettings(ctx.tables.read(SETTINGS_TABLE).rows, zone);
  const start = settings.academicYearStart;
  if (!start) {
    return [
      `лист «${roadmap.sheetName}» не заполнен: укажите «Начало учебного года» в «Настройках» и повторите`,
    ];
  }
  const items = roadmapForYear(start, settings.academicYearEnd);
  const planned = planIds(ctx.properties, ROADMAP_TABLE.idPrefix as string, [], items.length);
  ctx.tables.append(
    roadmap,
    items.map((item, i) => toRow(ROADMAP_TABLE, { ...item, id: planned.ids[i] }, zone)),
  );
  // The counter after the rows: stopped between the two, setup run again finds the rows and catches it up.
  planned.issue();
  const end = settings.academicYearEnd ? `–${formatRuDate(settings.academicYearEnd)}` : '';
  return [
    `лист «${roadmap.sheetName}»: добавлена типовая дорожная карта на ${formatRuDate(start)}${end} (пунктов: ${items.length})`,
  ];
}
