/**
 * A questionnaire's result sheet («Результаты АН-0001»): one row per form response, columns from
 * `resultColumns(spec)`, made on first need. It is no registry table (its columns are the form's questions), so
 * it is written directly under the document lock rather than through the operation log, whose roll-forward
 * knows only the registry's tables. That is safe because ingestion is a pure function of the form's responses:
 * a run stopped after appending rows and before recording the codes they used is completed by the next run,
 * which finds the same owners and records the uses (src/domain/questionnaires/README.md, «Ingestion»).
 */
import type { Cell } from '../../domain/questionnaires/answers';
import type { FormSpec } from '../../domain/questionnaires/model';
import { resultCells, resultColumns, type ResultRow } from '../../domain/questionnaires/result-row';
import type { ColumnSpec, TableSpec } from '../../domain/registry/table-spec';
import { isUserError } from '../../domain/user-error';
import type { Cells, TableData } from '../../ports/table-store';
import type { Services } from '../services';

/** The curator's decision on an intake answer (a candidate): the column after the checks. */
export const DECISION_KEY = 'decision';

/** The result sheet of a questionnaire. */
export function resultTableSpec(questionnaireId: string, spec: FormSpec): TableSpec {
  const types = new Map(spec.items.map((q) => [q.key, q.type]));
  const numeric = new Set(spec.indices.filter((i) => i.how !== 'yes').map((i) => i.key));
  const columns: ColumnSpec[] = resultColumns(spec).map(({ key, header }) => {
    if (key === 'submittedAt') return { key, header, type: 'datetime', width: 130 };
    if (types.get(key) === 'scale' || numeric.has(key)) return { key, header, type: 'number', width: 90 };
    const narrow = ['respondentId', 'pairId', 'role'].includes(key);
    // People's answers stay text: «=1+1» or «001» typed into a form is shown as typed, never computed.
    return { key, header, type: 'long-text', plainText: true, width: narrow ? 100 : 180 };
  });
  if (typeof spec.respondents === 'string' && spec.respondents !== 'personal') {
    columns.push({
      key: DECISION_KEY,
      header: 'Решение куратора',
      type: 'text',
      plainText: true,
      width: 180,
      note: 'Заполняется из «Создать анкету…» › «Кандидаты»: принят в банк (с ID) или отклонён',
    });
  }
  return { key: `results.${questionnaireId}`, sheetName: `Результаты ${questionnaireId}`, columns };
}

/** The result sheet as it is now, made (with its header, formats and protected header) when it is missing. */
export function readResults(s: Services, spec: TableSpec): TableData {
  try {
    return s.tables.read(spec);
  } catch (error) {
    if (!isUserError(error)) throw error;
    s.layout.plan([spec]).apply();
    return s.tables.read(spec);
  }
}

/** A row's cells by column key. */
export function resultRowCells(spec: FormSpec, row: ResultRow): Cells {
  const cells: Record<string, Cell | Date> = {};
  const values = resultCells(spec, row);
  resultColumns(spec).forEach((c, i) => (cells[c.key] = values[i]));
  return cells;
}
