import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileScript } from '../../emulator/script-loader';
import { PlaygroundSession } from '../../playground/session';

const FIXTURE = path.join(__dirname, 'fixtures');

function b1(session: PlaygroundSession): string {
  return session.state().workbook.sheets[0].rows[0][1].text;
}

describe('the playground’s saved state', () => {
  const compiled = compileScript(FIXTURE);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'nastavnik-playground-')), 'state.json');

  it('is written after every action and picked up by the next start', async () => {
    const first = new PlaygroundSession(compiled, 'empty', file);
    expect(first.clickMenu('nameIt', [{ button: 'OK', text: 'Ромашка' }]).ok).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(existsSync(file)).toBe(true);
    const second = new PlaygroundSession(compiled, 'empty', file);
    expect(b1(second)).toBe('Ромашка');
    expect(second.state().menus.map((m) => m.title)).toEqual(['Проверка']);
  });

  it('goes back to the start workbook on «Сбросить», and saves that too', () => {
    const session = new PlaygroundSession(compiled, 'empty', file);
    session.reset();
    session.flush();
    expect(b1(session)).toBe('');
    expect(b1(new PlaygroundSession(compiled, 'empty', file))).toBe('');
  });

  it('starts afresh, and says so, when the saved state does not fit this version', () => {
    const old = path.join(mkdtempSync(path.join(tmpdir(), 'nastavnik-playground-')), 'state.json');
    const workspace = { version: 1, now: '2025-09-01T07:00:00.000Z', spreadsheet: {} };
    writeFileSync(
      old,
      JSON.stringify({ format: 'nastavnik-playground/1', start: 'empty', workspace, seq: 0 }),
    );
    const lines: string[] = [];
    const session = new PlaygroundSession(compiled, 'empty', old, (line) => lines.push(line));
    expect(lines[0]).toMatch(/^Сохранённое состояние не подходит к этой версии/);
    expect(session.state().menus.map((m) => m.title)).toEqual(['Проверка']);
  });

  it('moves the clock on, and the time-driven triggers the add-on installed fire as it passes', () => {
    const session = new PlaygroundSession(compiled, 'empty', null);
    expect(session.clickMenu('startTicking', []).ok).toBe(true);
    expect(session.advanceClock(3 * 3600e3 + 60e3)).toEqual({ ok: true, value: '2025-09-01T10:01:00.000Z' });
    expect(session.state().now).toBe('2025-09-01T10:01:00.000Z');
    expect(session.state().workbook.sheets[0].rows[0][7].text).toBe('3');
  });

  it('keeps the sidebar a menu item opened, and closes it on google.script.host.close()', () => {
    const session = new PlaygroundSession(compiled, 'empty', null);
    session.clickMenu('showDialog', []);
    expect(session.state().dialog).toMatchObject({ title: 'Проверочный диалог', modal: true });
    expect(session.panelHtml('dialog')).toContain('Диалог открыт');
    session.closePanel('dialog');
    expect(session.state().dialog).toBeNull();
  });
});
