import type { Workspace } from '../emulator/workspace';
import { errorOf, type Outcome } from './outcome';
import type { ScriptHost } from './script-host';

/** A person typing into a cell of the workbook (not the add-on): the sheet by name, 1-based row and column. */
export interface CellEdit {
  sheet: string;
  row: number;
  column: number;
  text: string;
}

/**
 * Puts what a person typed into a cell as Sheets does — parsed as typed (numbers, dates, '=' formulas), a list
 * dropdown refusing a value not on its list unless the rule allows it — then fires the simple onEdit trigger
 * (LIMITED) and the installed on-edit triggers, as a hand edit would.
 */
export function editCell(host: ScriptHost, edit: CellEdit): Outcome {
  const ws = host.ws;
  let event: Record<string, unknown>;
  try {
    event = ws.rt.internal(() => write(ws, edit));
  } catch (thrown) {
    return { ok: false, error: errorOf(thrown) };
  }
  if (host.has('onEdit')) {
    const outcome = host.runAs('onEdit', [{ ...event, authMode: 'LIMITED' }], 'simple-trigger', 'LIMITED');
    if (!outcome.ok) return outcome;
  }
  const ssId = ws.rt.internal(() => ws.spreadsheet.active.getId());
  ws.platform.fireTriggers('ON_EDIT', ssId, (triggerUid) => ({ ...event, authMode: 'FULL', triggerUid }));
  return { ok: true, value: null };
}

function write(ws: Workspace, edit: CellEdit): Record<string, unknown> {
  const ss = ws.spreadsheet.active;
  const sheet = ss.getSheetByName(edit.sheet);
  if (!sheet) throw new Error(`Нет листа «${edit.sheet}»`);
  if (!(
    edit.row >= 1 &&
    edit.column >= 1 &&
    edit.row <= sheet.getMaxRows() &&
    edit.column <= sheet.getMaxColumns()
  )) {
    throw new Error('Такой ячейки на листе нет');
  }
  const range = sheet.getRange(edit.row, edit.column);
  const oldValue = range.getValue();
  const rule = range.getDataValidation();
  if (
    rule &&
    !rule.getAllowInvalid() &&
    String(rule.getCriteriaType()) === 'VALUE_IN_LIST' &&
    edit.text !== ''
  ) {
    const allowed = (rule.getCriteriaValues()[0] as unknown[]).map(String);
    if (!allowed.includes(edit.text)) {
      throw new Error(`Значение «${edit.text}» не из списка этой ячейки: ${allowed.join(', ')}`);
    }
  }
  if (edit.text === '') range.clearContent();
  else range.setValue(edit.text);
  const event: Record<string, unknown> = { range, source: ss, user: { email: ws.rt.activeUser } };
  if (edit.text !== '') event.value = edit.text;
  if (oldValue !== '') event.oldValue = oldValue;
  return event;
}
