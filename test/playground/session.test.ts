import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScriptedAnswer } from '../../emulator/spreadsheet/ui-record';
import { compileScript } from '../../emulator/script-loader';
import { openSession } from '../../playground/cli';
import type { Outcome } from '../../playground/outcome';
import { PlaygroundSession } from '../../playground/session';

const FIXTURE = path.join(__dirname, 'fixtures');

function b1(session: PlaygroundSession): string {
  return shown(session, 'B1');
}

/** What a cell of the first sheet displays. */
function shown(session: PlaygroundSession, a1: string): string {
  const ws = session.host.ws;
  return ws.rt.internal(() => ws.spreadsheet.active.getSheets()[0].getRange(a1).getDisplayValue());
}

/** A menu click as the page makes it: first with no answers, then once more with each answer the person gives. */
function clickAnswering(session: PlaygroundSession, fn: string, answers: ScriptedAnswer[]): Outcome {
  let outcome = session.clickMenu(fn, []);
  for (let i = 1; i <= answers.length && 'question' in outcome; i++) {
    outcome = session.clickMenu(fn, answers.slice(0, i));
  }
  return outcome;
}

describe('the playground’s saved state', () => {
  const compiled = compileScript(FIXTURE);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'nastavnik-playground-')), 'state.json');

  it('is written after every action and picked up by the next start', async () => {
    const first = new PlaygroundSession(compiled, 'empty', file);
    expect(clickAnswering(first, 'nameIt', [{ button: 'OK', text: 'Ромашка' }]).ok).toBe(true);
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

describe('a question nobody answers', () => {
  const compiled = compileScript(FIXTURE);

  it('leaves what the handler wrote before it, saved, as Apps Script leaves a script stopped at an alert', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'nastavnik-playground-')), 'state.json');
    const session = new PlaygroundSession(compiled, 'empty', file);
    expect(session.clickMenu('countBeforeAsking', [])).toMatchObject({ question: { title: 'Дальше?' } });
    expect(shown(session, 'J1')).toBe('1');
    expect(shown(session, 'K1')).toBe('');
    session.flush();
    // The page was closed (or the server stopped) with the question open: the next start has the write.
    const next = new PlaygroundSession(compiled, 'empty', file);
    expect(shown(next, 'J1')).toBe('1');
  });

  it('goes on from before the click when answered, so what came before the question happens once', () => {
    const session = new PlaygroundSession(compiled, 'empty', null);
    expect(clickAnswering(session, 'countBeforeAsking', ['YES'])).toEqual({ ok: true, value: null });
    expect(shown(session, 'J1')).toBe('1');
    expect(shown(session, 'K1')).toBe('ответ: YES');
    expect(clickAnswering(session, 'writeAfterAsking', ['YES']).ok).toBe(true);
    expect(session.state().toasts.map((t) => t.message)).toEqual(['Готово']);
  });

  it('is no longer waiting once another action came first: a late answer is refused and nothing is written twice', () => {
    const session = new PlaygroundSession(compiled, 'empty', null);
    session.clickMenu('countBeforeAsking', []);
    session.clickMenu('toastHint', []);
    const late = session.clickMenu('countBeforeAsking', ['YES']);
    expect(late).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Этот вопрос больше не ждёт ответа/) },
    });
    expect(shown(session, 'J1')).toBe('1');
    expect(shown(session, 'K1')).toBe('');
  });

  it('works the same for a sidebar’s google.script.run call', () => {
    const session = new PlaygroundSession(compiled, 'empty', null);
    expect(session.invoke('confirmFromSidebar', [], [])).toMatchObject({
      question: { title: 'Подтвердите' },
    });
    expect(shown(session, 'I1')).toBe('спрошено');
    expect(session.invoke('confirmFromSidebar', [], ['YES'])).toEqual({ ok: true, value: 'YES' });
  });
});

describe('saved states, one per start kind', () => {
  const compiled = compileScript(FIXTURE);

  it('keeps the demo’s and the empty workbook’s states apart, and says in the terminal which one it loaded', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'nastavnik-playground-'));
    const lines: string[] = [];
    const say = (line: string): number => lines.push(line);
    const empty = openSession(root, 'empty', compiled, say);
    expect(lines[0]).toBe(
      'Начато заново: пустая таблица (--empty); состояние будет сохраняться в .playground/state-empty.json.',
    );
    clickAnswering(empty, 'nameIt', [{ button: 'OK', text: 'Ромашка' }]);
    empty.flush();
    lines.length = 0;
    const demo = openSession(root, 'demo', compiled, say);
    demo.flush();
    expect(lines[0]).toBe('Начато заново: демо; состояние будет сохраняться в .playground/state-demo.json.');
    lines.length = 0;
    expect(b1(openSession(root, 'empty', compiled, say))).toBe('Ромашка');
    expect(lines[0]).toBe(
      'Загружено сохранённое состояние «пустая таблица (--empty)»: .playground/state-empty.json.',
    );
    expect(existsSync(path.join(root, '.playground', 'state-demo.json'))).toBe(true);
  });

  it('goes on from the single state.json of earlier versions, moved to its kind’s file', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'nastavnik-playground-'));
    const old = new PlaygroundSession(compiled, 'empty', path.join(root, '.playground', 'state.json'));
    clickAnswering(old, 'nameIt', [{ button: 'OK', text: 'Ромашка' }]);
    old.flush();
    const lines: string[] = [];
    const session = openSession(root, 'empty', compiled, (line) => lines.push(line));
    expect(b1(session)).toBe('Ромашка');
    expect(lines.slice(0, 2)).toEqual([
      'Старое .playground/state.json переименовано в .playground/state-empty.json.',
      'Загружено сохранённое состояние «пустая таблица (--empty)»: .playground/state-empty.json.',
    ]);
    expect(existsSync(path.join(root, '.playground', 'state.json'))).toBe(false);
  });
});
