/** A workbook for the order sidebar's browser tests: set up through the bundle, «Настройки» typed in. */
import { loadBundle } from '../../emulator/script-loader';
import { Workspace } from '../../emulator/workspace';
import { SETTINGS_VALUES } from '../gas/registry-fixture';

/** A set-up workbook with the required settings filled in, as a curator has it before the first order. */
export function settledWorkbook(): Workspace {
  const ws = new Workspace();
  loadBundle(ws);
  ws.call('setupWorkbook', [], { kind: 'menu' });
  const sheet = ws.spreadsheet.active.getSheetByName('Настройки');
  const keys = ws.spreadsheet.displayValues('Настройки').map((r) => r[0]);
  ws.rt.internal(() => {
    for (const [key, value] of Object.entries(SETTINGS_VALUES)) {
      sheet?.getRange(keys.indexOf(key) + 1, 3).setValue(value);
    }
  });
  return ws;
}
