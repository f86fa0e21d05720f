/** The matching weights as the curator set them in «Настройки»: blanks and missing rows fall back to defaults. */
import { parseMatchWeights, type MatchWeights } from '../../domain/matching';
import { MATCH_WEIGHT_KEYS } from '../../domain/registry/tables/settings';
import { UserError } from '../../domain/user-error';
import type { TableData } from '../../ports/table-store';

/** Reads the weights from the rows of «Настройки»; a wrong value is a UserError that says what to fix. */
export function weightsFromSettings(settings: TableData): MatchWeights {
  const byKey = new Map<string, unknown>();
  for (const row of settings.rows) {
    const key = String(row.cells.key ?? '').trim();
    if (key && !byKey.has(key)) byKey.set(key, row.cells.value);
  }
  const input: Record<string, unknown> = {};
  for (const [weight, key] of Object.entries(MATCH_WEIGHT_KEYS)) {
    const value = byKey.get(key);
    if (value instanceof Date) input[weight] = 'дата';
    else if (value !== undefined) input[weight] = value;
  }
  const parsed = parseMatchWeights(input);
  if (parsed.ok) return parsed.weights;
  const column = settings.headers.value ?? 'Значение';
  throw new UserError(
    `Веса подбора на листе «${settings.sheetName}» заполнены с ошибкой: ${parsed.errors.join('; ')}. ` +
      `Исправьте столбец «${column}» (пустая ячейка — значение по умолчанию).`,
  );
}
