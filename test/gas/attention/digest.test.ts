/**
 * The weekly digest of «Что требует внимания», through dist/Code.js: the checkbox installs one time-driven trigger
 * (a second tick changes nothing, another time trigger of the add-on blocks it), its Monday run mails the curator
 * the list as plain text, and sends nothing when the list is empty or the day's mail quota is used up.
 */
import type { AttentionSidebar } from '../../../src/app/attention/attention';
import type { Workspace } from '../../../emulator/workspace';
import { invoke } from '../../browser/match-fixture';
import { settledWorkbook } from '../../browser/order-fixture';
import { termWorkbook } from './attention-fixture';

const HOUR = 3_600_000;
const digestTriggers = (ws: Workspace) =>
  ws.platform.triggers.filter((t) => t.handler === 'sendAttentionDigest');

describe('the weekly digest', () => {
  it('installs one trigger, mails the list on Monday morning, and is removed by unticking', () => {
    const ws = termWorkbook(); // Tuesday 20.01.2026, 10:00 in Moscow
    expect(invoke<{ digest: boolean }>(ws, 'setAttentionDigest', true).digest).toBe(true);
    expect(invoke<{ message: string }>(ws, 'setAttentionDigest', true).message).toBe('Сводка уже включена.');
    expect(digestTriggers(ws)).toHaveLength(1);
    expect(invoke<AttentionSidebar>(ws, 'loadAttentionSidebar').digest).toBe(true);
    const list = invoke<AttentionSidebar>(ws, 'loadAttentionSidebar');

    ws.platform.advanceClock(6 * 24 * HOUR - HOUR); // Monday 26.01, 09:00
    const runs = ws.platform.executions.filter((e) => e.function === 'sendAttentionDigest');
    expect(runs.map((r) => r.status)).toEqual(['completed']);
    expect(runs[0].start).toBe('2026-01-26T05:00:00.000Z');
    expect(ws.platform.outbox).toHaveLength(1);
    const [mail] = ws.platform.outbox;
    expect(mail.to).toEqual(['curator@school.example']);
    expect(mail.htmlBody ?? '').toBe('');
    // The list as it was on Monday (the clock moved on, so today differs; the rows are the same).
    expect(mail.subject).toBe(`Наставничество: требует внимания — ${list.total}`);
    for (const c of list.categories.filter((x) => x.count > 0)) {
      expect(mail.body).toContain(`${c.title}: ${c.count}`);
      for (const item of c.items) expect(mail.body).toContain(`— ${item.text.split(':')[0]}`);
    }
    expect(mail.body).not.toContain('Анкеты без ответа');

    expect(invoke<{ digest: boolean }>(ws, 'setAttentionDigest', false).digest).toBe(false);
    expect(digestTriggers(ws)).toHaveLength(0);
    ws.platform.advanceClock(7 * 24 * HOUR);
    expect(ws.platform.outbox).toHaveLength(1);
  });

  it('sends nothing when nothing needs attention, or when the day’s mail is used up', () => {
    const ws = settledWorkbook(); // 1 September: no roadmap date has passed, nobody in the banks
    invoke(ws, 'setAttentionDigest', true);
    expect(invoke<AttentionSidebar>(ws, 'loadAttentionSidebar').total).toBe(0);
    ws.platform.advanceClock(7 * 24 * HOUR);
    expect(
      ws.platform.executions.filter((e) => e.function === 'sendAttentionDigest').map((r) => r.status),
    ).toEqual(['completed']);
    expect(ws.platform.outbox).toHaveLength(0);

    const busy = termWorkbook();
    invoke(busy, 'setAttentionDigest', true);
    busy.platform.mailDailyQuota = 0;
    busy.platform.advanceClock(7 * 24 * HOUR);
    expect(busy.platform.outbox).toHaveLength(0);

    // A sheet deleted since the digest was turned on: the run says so in the log, and sends nothing.
    busy.platform.mailDailyQuota = 100;
    busy.rt.internal(() => {
      const ss = busy.spreadsheet.active;
      const sheet = ss.getSheetByName('Дорожная карта');
      if (sheet) ss.deleteSheet(sheet);
    });
    busy.platform.advanceClock(7 * 24 * HOUR);
    expect(busy.platform.outbox).toHaveLength(0);
    expect(busy.platform.executions.at(-1)?.status).toBe('completed');
    expect(busy.platform.log.map((l) => l.message).join('\n')).toContain(
      'Сводка «Что требует внимания» не отправлена',
    );
  });

  it('refuses to install next to another time trigger of the add-on in the document', () => {
    const ws = settledWorkbook();
    ws.run(() => scriptApp(ws).newTrigger('continueJob').timeBased().after(HOUR).create(), {
      kind: 'sidebar',
    });
    const answer = ws.html.invoke('setAttentionDigest', [true]) as {
      ok: boolean;
      error?: { message?: string };
    };
    expect(answer.ok).toBe(false);
    expect(answer.error?.message).toContain('уже есть другой запуск по расписанию («continueJob»)');
    expect(digestTriggers(ws)).toHaveLength(0);
  });
});

/** The emulator's ScriptApp, as the add-on sees it. */
function scriptApp(ws: Workspace): GoogleAppsScript.Script.ScriptApp {
  return (ws.globals() as { ScriptApp: GoogleAppsScript.Script.ScriptApp }).ScriptApp;
}
