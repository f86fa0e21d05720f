import { isEmptyCell, parseCell } from './cells';
import type { Settings } from './entities/settings';
import { problemAt, type Problem } from './problems';
import type { SheetRow } from './sheet-row';
import type { ColumnSpec } from './table-spec';
import { SETTINGS_ROWS, SETTINGS_TABLE } from './tables/settings';

/** What «Настройки» holds now: the values it understood, what is wrong, and fixed rows missing from the sheet. */
export interface ParsedSettings {
  readonly settings: Partial<Settings>;
  readonly problems: Problem[];
  /** Keys of SETTINGS_ROWS with no row in the sheet: setup adds them back. */
  readonly missingKeys: string[];
}

/**
 * Reads the key–value sheet «Настройки»: each value is parsed by its setting's type (a date typed as
 * «01.09.2025» or a Date cell), a required empty value is reported on its row. Rows of unknown keys are ignored
 * (a curator's own notes), never an error.
 */
export function parseSettings(rows: readonly SheetRow[], timeZone: string): ParsedSettings {
  const settings: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const valueHeader = SETTINGS_TABLE.columns.find((c) => c.key === 'value')?.header ?? 'Значение';
  const byKey = new Map<string, SheetRow>();
  for (const row of rows) {
    const key = String(row.cells.key ?? '').trim();
    if (key && !byKey.has(key)) byKey.set(key, row);
  }
  const missingKeys: string[] = [];
  for (const setting of SETTINGS_ROWS) {
    const row = byKey.get(setting.key);
    if (!row) {
      missingKeys.push(setting.key);
      continue;
    }
    const report = (what: string) =>
      problems.push(problemAt(SETTINGS_TABLE.sheetName, row.rowNumber, valueHeader, what));
    const value = row.cells.value;
    if (isEmptyCell(value)) {
      if (setting.required) report(`не заполнено «${setting.parameter}». ${setting.note}`);
      continue;
    }
    const column: ColumnSpec = { key: setting.key, header: setting.parameter, type: setting.type };
    const parsed = parseCell(column, value, { timeZone });
    if (parsed.ok)
      settings[setting.key] = setting.type === 'text' ? String(parsed.value).trim() : parsed.value;
    else report(`«${setting.parameter}»: ${parsed.message}`);
  }
  const { academicYearStart: start, academicYearEnd: end } = settings as Partial<Settings>;
  if (start && end && end <= start) {
    const row = byKey.get('academicYearEnd') as SheetRow;
    problems.push(
      problemAt(
        SETTINGS_TABLE.sheetName,
        row.rowNumber,
        valueHeader,
        'окончание учебного года должно быть позже его начала',
      ),
    );
  }
  return { settings: settings as Partial<Settings>, problems, missingKeys };
}
