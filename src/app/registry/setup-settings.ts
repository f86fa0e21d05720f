/** Fills «Настройки» with a row per setting the sheet lacks, with a sensible default value. */
import { formatRuDate, isoDateInZone, type IsoDate } from '../../domain/registry/dates';
import { parseSettings } from '../../domain/registry/parse-settings';
import { SETTINGS_ROWS, SETTINGS_TABLE } from '../../domain/registry/tables';
import type { Services } from '../services';

/** The academic year around a day: 1 September to 31 August. */
export function academicYearOf(today: IsoDate): { start: IsoDate; end: IsoDate } {
  const year = Number(today.slice(0, 4));
  const first = Number(today.slice(5, 7)) >= 9 ? year : year - 1;
  return { start: `${first}-09-01`, end: `${first + 1}-08-31` };
}

/** Default values of settings, as text a person would type. */
function defaults(today: IsoDate): Record<string, string> {
  const year = academicYearOf(today);
  return {
    headPosition: 'заведующий',
    academicYearStart: formatRuDate(year.start),
    academicYearEnd: formatRuDate(year.end),
  };
}

/** Appends the missing settings rows (values the curator already typed are never touched). */
export function fillSettings(ctx: Services): string[] {
  const table = ctx.tables.read(SETTINGS_TABLE);
  const zone = ctx.tables.timeZone();
  const { missingKeys } = parseSettings(table.rows, zone);
  if (missingKeys.length === 0) return [];
  const values = defaults(isoDateInZone(ctx.clock.now(), zone));
  const rows = SETTINGS_ROWS.filter((s) => missingKeys.includes(s.key)).map((s) => ({
    key: s.key,
    parameter: s.parameter,
    value: values[s.key] ?? s.defaultValue ?? '',
    note: s.note,
  }));
  ctx.tables.append(table, rows);
  return [`лист «${table.sheetName}»: добавлены параметры (${rows.length}), заполните значения`];
}

/** The required settings still empty (or unreadable), by parameter in sheet order: what the curator fills in next. */
export function settingsToFill(ctx: Services): string[] {
  const { settings } = parseSettings(ctx.tables.read(SETTINGS_TABLE).rows, ctx.tables.timeZone());
  const known = settings as Readonly<Record<string, unknown>>;
  return SETTINGS_ROWS.filter((s) => s.required && known[s.key] === undefined).map((s) => s.parameter);
}
