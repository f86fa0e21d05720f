import type { Browser } from 'playwright-core';
import { menteeInput } from '../gas/registry-fixture';
import { termWorkbook } from '../gas/attention/attention-fixture';
import { launchBrowser, openSidebar, screenshot } from '../support/browser';
import { invoke } from './match-fixture';
import { settledWorkbook } from './order-fixture';

describe('the «Что требует внимания» sidebar in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the counted groups, goes to a row, marks a roadmap item done and turns the digest on', async () => {
    const ws = termWorkbook();
    // A mentee whose name is markup waits too: shown as typed, never as HTML.
    invoke(
      ws,
      'addMentee',
      menteeInput({ surname: '<img src=x>', firstName: 'Анна', enteredOn: '2025-09-01' }),
    );
    const { page } = await openSidebar(browser, ws, 'attention');
    await page.locator('section.category').first().waitFor();
    const count = (key: string) => page.locator(`section[data-key="${key}"] .count`).textContent();
    expect(await page.locator('#summary').textContent()).toBe('На 20.01.2026 требуют внимания: 13');
    expect(await count('waiting')).toBe('4');
    expect(await count('no-order')).toBe('1');
    expect(await count('unanswered')).toBe('нет данных');
    expect(await page.locator('section[data-key="waiting"]').innerText()).toContain('<img src=x> Анна');
    expect(await page.locator('#categories img').count()).toBe(0);
    await screenshot(page, 'attention-list');

    await page.locator('section[data-key="no-order"] button.go').click();
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status').textContent()).toBe('Открыт лист «Пары и группы», строка 3.');
    const selected = ws.rt.internal(() => {
      const range = ws.spreadsheet.active.getActiveRange();
      if (!range) throw new Error('nothing selected');
      return [range.getSheet().getName(), range.getRow()];
    });
    expect(selected).toEqual(['Пары и группы', 3]);

    const roadmap = page.locator('section[data-key="overdue-roadmap"]');
    const before = Number(await roadmap.locator('.count').textContent());
    const first = roadmap.locator('li').first();
    const itemId = await first.getAttribute('data-id');
    await first.locator('button.done').click();
    expect(await page.locator('#doneDate').inputValue()).toBe('2026-01-20');
    await page.locator('#doneDate').fill('2025-09-10');
    await page.locator('#orderId').selectOption('ПК-0001');
    await screenshot(page, 'attention-mark-done');
    await page.locator('#mark-save').click();
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status').textContent()).toContain(
      'Пункт отмечен выполненным 10.09.2025. Приказ № 1 от 10.09.2025',
    );
    expect(await roadmap.locator('.count').textContent()).toBe(String(before - 1));
    const [header, ...rows] = ws.spreadsheet.displayValues('Дорожная карта');
    const row = rows.find((r) => r[0] === itemId) ?? [];
    expect(row[header.indexOf('Статус')]).toBe('выполнено');
    expect(row[header.indexOf('Примечание')]).toContain('Приказ № 1 от 10.09.2025');

    await page.locator('#digest').check();
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status').textContent()).toContain('Сводка включена');
    expect(ws.platform.triggers.filter((t) => t.handler === 'sendAttentionDigest')).toHaveLength(1);
    expect(await page.locator('#digest').isChecked()).toBe(true);
  });

  it('says when nothing needs attention, and keeps the box unticked when the digest cannot go on', async () => {
    const ws = settledWorkbook();
    // Another time trigger of the add-on in this document: the digest may not have a second one.
    const { ScriptApp } = ws.globals() as { ScriptApp: GoogleAppsScript.Script.ScriptApp };
    ws.run(() => ScriptApp.newTrigger('continueJob').timeBased().after(3_600_000).create(), {
      kind: 'sidebar',
    });
    const { page } = await openSidebar(browser, ws, 'attention');
    await page.locator('section.category').first().waitFor();
    expect(await page.locator('#summary').textContent()).toBe('На 01.09.2025 ничего не требует внимания.');
    expect(await page.locator('section.category.empty').count()).toBe(6);
    expect(await page.locator('#categories li').count()).toBe(0);

    await page.locator('#digest').click();
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toContain('уже есть другой запуск по расписанию');
    expect(await page.locator('#digest').isChecked()).toBe(false);
    await screenshot(page, 'attention-empty');
  });
});
