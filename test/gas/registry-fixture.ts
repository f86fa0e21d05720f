/** A Workspace with the Apps Script globals installed, and helpers to look at the active spreadsheet as a person. */
import { setupWorkbook } from './endpoints';
import { Workspace } from '../../emulator/workspace';

/** A fresh emulated Workspace whose globals are on jest's global until `done()`. */
export function installWorkspace(): { ws: Workspace; done: () => void } {
  const ws = new Workspace();
  const done = ws.install();
  return { ws, done };
}

/** The display values of a sheet (what a person sees), uncounted. */
export function seen(ws: Workspace, sheetName: string): string[][] {
  return ws.spreadsheet.displayValues(sheetName);
}

/** Every string anywhere in the active spreadsheet's model: values, formulas, notes, names, validation lists. */
export function everyText(ws: Workspace): string {
  return JSON.stringify(ws.snapshot().spreadsheet);
}

/** What a curator types into «Настройки» after setup. */
export const SETTINGS_VALUES: Readonly<Record<string, string>> = {
  orgFullName: 'Государственное бюджетное дошкольное образовательное учреждение детский сад № 64',
  orgShortName: 'ГБДОУ детский сад № 64',
  headName: 'Тимофеева Елена Викторовна',
  curatorName: 'Петрова Анна Сергеевна',
};

/** A workbook set up by the add-on, with the required settings typed in, as a curator has it. */
export function setUpWorkspace(): { ws: Workspace; done: () => void } {
  const installed = installWorkspace();
  installed.ws.run(() => setupWorkbook(), { kind: 'menu' });
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Настройки');
  const keys = seen(installed.ws, 'Настройки').map((r) => r[0]);
  for (const [key, value] of Object.entries(SETTINGS_VALUES)) {
    sheet?.getRange(keys.indexOf(key) + 1, 3).setValue(value);
  }
  return installed;
}

/** A valid new mentor as a sidebar sends it. */
export function mentorInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    surname: 'Иванова',
    firstName: 'Мария',
    patronymic: 'Петровна',
    position: 'воспитатель',
    experienceYears: 12,
    qualification: 'высшая',
    competencies: ['методические'],
    consent: true,
    consentDate: '2025-09-01',
    capacity: 2,
    ...overrides,
  };
}

/** A valid new mentee as a sidebar sends it. */
export function menteeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    surname: 'Смирнова',
    firstName: 'Ольга',
    position: 'воспитатель',
    menteeCategory: 'молодой специалист',
    requests: ['методические'],
    consent: true,
    ...overrides,
  };
}

/** Runs a sidebar call as one execution. */
export function fromSidebar<T>(ws: Workspace, call: () => T): T {
  return ws.run(call, { kind: 'sidebar' });
}
