import path from 'node:path';
import { editCell } from '../../playground/cell-edit';
import { compileScript } from '../../emulator/script-loader';
import { ScriptHost } from '../../playground/script-host';

const FIXTURE = path.join(__dirname, 'fixtures');

function cell(host: ScriptHost, a1: string): unknown {
  return host.ws.rt.internal(() => host.ws.spreadsheet.active.getSheets()[0].getRange(a1).getValue());
}

describe('a menu click that asks a question', () => {
  let host: ScriptHost;

  beforeEach(() => {
    host = new ScriptHost(compileScript(FIXTURE));
    host.open();
  });

  it('comes back with the question, title and buttons included, and keeps what the handler wrote before it, as an execution stopped there', () => {
    const outcome = host.runMenu('writeAfterAsking');
    expect(outcome).toEqual({
      ok: false,
      question: {
        kind: 'alert',
        title: 'Записать?',
        prompt: 'Записать строку в таблицу?',
        buttons: 'YES_NO',
      },
    });
    expect(cell(host, 'A1')).toBe('до вопроса');
    expect(cell(host, 'A2')).toBe('');
    expect(host.ws.spreadsheet.ui.toasts).toEqual([]);
  });

  it('runs the handler once to learn the question: title and buttons come from the pending question', () => {
    const runs = jest.spyOn(host, 'runWith');
    expect(host.runMenu('writeAfterAsking')).toMatchObject({ question: { title: 'Записать?' } });
    expect(runs).toHaveBeenCalledTimes(1);
  });

  it('runs again from the start with the answer, so what came before the question happens once', () => {
    expect(host.runMenu('writeAfterAsking', ['YES'])).toEqual({ ok: true, value: null });
    expect(cell(host, 'A1')).toBe('до вопроса');
    expect(cell(host, 'A2')).toBe('записано');
    expect(host.ws.spreadsheet.ui.toasts.map((t) => t.message)).toEqual(['Готово']);
  });

  it('passes a prompt’s text and button through', () => {
    const asked = host.runMenu('nameIt');
    expect(asked).toMatchObject({
      question: { kind: 'prompt', prompt: 'Как назвать?', buttons: 'OK_CANCEL' },
    });
    expect(host.runMenu('nameIt', [{ button: 'OK', text: 'Ромашка' }])).toEqual({
      ok: true,
      value: 'Ромашка',
    });
    expect(cell(host, 'B1')).toBe('Ромашка');
  });

  it('does the same for a google.script.run call that shows an alert', () => {
    expect(host.invokeAsking('confirmFromSidebar', [], [])).toEqual({
      ok: false,
      question: {
        kind: 'alert',
        title: 'Подтвердите',
        prompt: 'Продолжить из боковой панели?',
        buttons: 'YES_NO',
      },
    });
    expect(cell(host, 'I1')).toBe('спрошено');
    expect(host.invokeAsking('confirmFromSidebar', [], ['NO'])).toEqual({ ok: true, value: 'NO' });
    expect(cell(host, 'I1')).toBe('спрошено');
  });

  it('finds a menu item by its caption or its whole path', () => {
    expect(host.menuFunction('Записать')).toBe('writeAfterAsking');
    expect(host.menuFunction('Проверка › Назвать')).toBe('nameIt');
    expect(host.menuFunction('Другое › Назвать')).toBeNull();
  });
});

describe('a person typing into a cell', () => {
  let host: ScriptHost;

  beforeEach(() => {
    host = new ScriptHost(compileScript(FIXTURE));
    host.open();
  });

  it('writes what was typed as Sheets parses it and fires onEdit as a simple trigger', () => {
    expect(editCell(host, { sheet: 'Лист1', row: 5, column: 4, text: '42' })).toEqual({
      ok: true,
      value: null,
    });
    expect(cell(host, 'D5')).toBe(42);
    expect(cell(host, 'E5')).toBe('правка: 42');
  });

  it('refuses a value that is not on the dropdown’s list, in Russian', () => {
    host.runMenu('addDropdown');
    const outcome = editCell(host, { sheet: 'Лист1', row: 1, column: 6, text: 'Может быть' });
    expect(outcome).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Значение «Может быть» не из списка этой ячейки: Да, Нет' },
    });
    expect(editCell(host, { sheet: 'Лист1', row: 1, column: 6, text: 'Да' }).ok).toBe(true);
  });
});

describe('the script’s Date', () => {
  it('tells the emulator’s time, moves with it, and is the same Date the emulator’s cells give back', () => {
    const host = new ScriptHost(compileScript(FIXTURE));
    const first = host.runWith('dateFacts', [], 'menu');
    expect(first).toEqual({
      ok: true,
      value: { now: '2025-09-01T07:00:00.000Z', nowMs: Date.UTC(2025, 8, 1, 7), cellIsDate: true },
    });
    host.ws.rt.advance(3600_000);
    expect(host.runWith('dateFacts', [], 'menu')).toMatchObject({
      value: { now: '2025-09-01T08:00:00.000Z' },
    });
  });
});
