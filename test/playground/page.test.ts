import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { compileScript } from '../../emulator/script-loader';
import { startServer } from '../../playground/server';
import { PlaygroundSession } from '../../playground/session';
import { DIST } from '../../emulator/script-loader';
import { launchBrowser, screenshot } from '../support/browser';

const ROOT = path.join(__dirname, '..', '..');
/** A workbook name a person could type: it must show as text, never become markup. */
const HOSTILE_NAME = 'Детский сад <img src=x onerror="window.__pwned=1">';

describe('the playground page', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  let session: PlaygroundSession;

  beforeAll(async () => {
    session = new PlaygroundSession(compileScript(DIST), 'demo', null);
    session.host.ws.rt.internal(() => session.host.ws.spreadsheet.active.rename(HOSTILE_NAME));
    const started = await startServer(session, { root: ROOT, port: 0 });
    server = started.server;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 760 }, locale: 'ru-RU' });
    await page.goto(started.url);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('looks like the workbook: its name as text, its sheets as tabs', async () => {
    await page.locator('#tabs button').first().waitFor();
    expect(await page.locator('#book-name').textContent()).toBe(HOSTILE_NAME);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('opens «О программе» from the «Наставничество» menu in a 300 px sidebar that talks to the server', async () => {
    await page.getByRole('button', { name: 'Наставничество' }).click();
    await page.getByRole('menuitem', { name: 'О программе' }).click();
    const sidebar = page.locator('#sidebar');
    await sidebar.waitFor();
    expect(await page.locator('#sidebar-title').textContent()).toBe('О программе');
    expect((await page.locator('#sidebar-frame').boundingBox())?.width).toBe(300);
    const frame = page.frameLocator('#sidebar-frame');
    await frame.locator('#details').waitFor();
    expect(await frame.locator('#workbook').textContent()).toBe(HOSTILE_NAME);
    await screenshot(page, 'playground-about');
    await frame.getByRole('button', { name: 'Закрыть' }).click();
    await sidebar.waitFor({ state: 'hidden' });
  });

  it('shows the demo registry the add-on built: frozen, protected headers with notes, dropdowns, rows', async () => {
    await page.locator('#tabs').getByRole('tab', { name: 'Наставники' }).click();
    await page.locator('#grid td', { hasText: 'Соколова' }).first().waitFor();
    const header = page.locator('td[data-cell="B1"]');
    expect(await header.textContent()).toBe('Фамилия');
    expect(await header.getAttribute('class')).toMatch(/frozen/);
    expect(await header.getAttribute('class')).toMatch(/locked/);
    await header.click();
    expect(await page.locator('#cell-name').textContent()).toBe('B1');
    expect(await page.locator('#cell-text').textContent()).toMatch(/^Фамилия\n— примечание: \S/);
    expect(await page.locator('#grid tr').nth(1).locator('td.has-note').count()).toBeGreaterThan(0);
    expect(await page.locator('#grid td.has-list').count()).toBeGreaterThan(0);
    await screenshot(page, 'playground-mentors');
  });

  it('adds a mentor from the «Добавить наставника» sidebar, and the new row appears in the sheet', async () => {
    await page.getByRole('button', { name: 'Наставничество' }).click();
    await page.getByRole('menuitem', { name: 'Добавить наставника' }).click();
    await page.locator('#sidebar-title', { hasText: 'Наставник' }).waitFor();
    const frame = page.frameLocator('#sidebar-frame');
    await frame.locator('#app:not([aria-busy])').waitFor();
    await frame.locator('#surname').fill('Павлова');
    await frame.locator('#firstName').fill('Вера');
    await frame.locator('#position').fill('учитель-логопед');
    await frame.getByLabel('методические').check();
    await frame.getByLabel('Согласие на обработку ПДн').check();
    await frame.locator('#consentDate').fill('2025-09-01');
    await frame.locator('#save').click();
    await frame.locator('#status.ok').waitFor();
    expect(await frame.locator('#status').textContent()).toMatch(/НК-0005/);
    await page.locator('#grid td', { hasText: 'Павлова' }).waitFor();
    await screenshot(page, 'playground-mentor-added');
  });

  it('draws checkboxes as boxes and ticks one on click', async () => {
    await page.locator('#tabs').getByRole('tab', { name: 'План мероприятий' }).click();
    const ticked = page.locator('#grid td[role="checkbox"][aria-checked="true"]');
    await ticked.first().waitFor();
    const before = await ticked.count();
    expect(before).toBe(6); // the events due before 20 November, in the four programmes
    const unticked = page.locator('#grid td[role="checkbox"][aria-checked="false"]').first();
    const cell = await unticked.getAttribute('data-cell');
    await unticked.click();
    await page.locator(`#grid td[data-cell="${cell}"][aria-checked="true"]`).waitFor();
    expect(await ticked.count()).toBe(before + 1);
  });

  it('does not draw a hidden column: «Настройки» starts with its Russian parameters', async () => {
    await page.locator('#tabs').getByRole('tab', { name: 'Настройки' }).click();
    await page.locator('td[data-cell="B1"]', { hasText: 'Параметр' }).waitFor();
    expect(await page.locator('td[data-cell="A1"]').count()).toBe(0);
    expect(await page.locator('#grid thead th').nth(1).textContent()).toBe('B');
    expect(await page.locator('#grid td', { hasText: /^orgFullName$/ }).count()).toBe(0);
  });

  it('runs a registry menu item and shows its toast', async () => {
    await page.getByRole('button', { name: 'Наставничество' }).click();
    await page.getByRole('menuitem', { name: 'Проверить данные' }).click();
    await page.locator('.toast', { hasText: 'Найдено проблем: 1' }).waitFor();
  });
});

describe('a menu item that asks the person', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  let session: PlaygroundSession;

  beforeAll(async () => {
    session = new PlaygroundSession(compileScript(path.join(__dirname, 'fixtures')), 'empty', null);
    const started = await startServer(session, { root: ROOT, port: 0 });
    server = started.server;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1100, height: 600 }, locale: 'ru-RU' });
    await page.goto(started.url);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('shows the alert with its buttons, and runs the item with the answer given', async () => {
    await page.getByRole('button', { name: 'Проверка' }).click();
    await page.getByRole('menuitem', { name: 'Записать' }).click();
    await page.locator('#overlay').waitFor();
    expect(await page.locator('#modal-title').textContent()).toBe('Записать?');
    expect(await page.locator('#modal-buttons button').allTextContents()).toEqual(['Да', 'Нет']);
    await screenshot(page, 'playground-alert');
    await page.locator('#modal-buttons').getByRole('button', { name: 'Да' }).click();
    await page.locator('td[data-cell="A2"]', { hasText: 'записано' }).waitFor();
    expect(await page.locator('td[data-cell="A1"]').textContent()).toBe('до вопроса');
    await page.locator('.toast', { hasText: 'Готово' }).waitFor();
  });

  it('takes a prompt’s text', async () => {
    await page.getByRole('button', { name: 'Проверка' }).click();
    await page.getByRole('menuitem', { name: 'Назвать' }).click();
    await page.locator('#modal-body input').fill('Ромашка');
    await page.locator('#modal-buttons').getByRole('button', { name: 'ОК' }).click();
    await page.locator('td[data-cell="B1"]', { hasText: 'Ромашка' }).waitFor();
  });

  it('lets the person type into a cell, and the add-on’s onEdit answers', async () => {
    await page.locator('td[data-cell="D5"]').dblclick();
    await page.locator('td[data-cell="D5"] input').fill('Иванова');
    await page.keyboard.press('Enter');
    await page.locator('td[data-cell="E5"]', { hasText: 'правка: Иванова' }).waitFor();
  });

  it('shows a modal dialog the script opened, and closes it from its own page', async () => {
    await page.getByRole('button', { name: 'Проверка' }).click();
    await page.getByRole('menuitem', { name: 'Диалог' }).click();
    await page.locator('#overlay iframe').waitFor();
    expect(await page.locator('#modal-title').textContent()).toBe('Проверочный диалог');
    await page.frameLocator('#overlay iframe').locator('#close').click();
    await page.locator('#overlay').waitFor({ state: 'hidden' });
  });

  it('keeps the letters MailApp sent, shown as text, and the script’s log', async () => {
    await page.getByRole('button', { name: 'Проверка' }).click();
    await page.getByRole('menuitem', { name: 'Письмо' }).click();
    await page.locator('#mail-button', { hasText: 'Почта (1)' }).waitFor();
    await page.locator('#mail-button').click();
    const modal = page.locator('#modal-body');
    expect(await modal.locator('b').first().textContent()).toBe('Напоминание <b>важно</b>');
    expect(await modal.textContent()).toContain('lebedeva@solnyshko.example');
    expect(await modal.locator('script').count()).toBe(0);
    await page.locator('#modal-close').click();
    await page.locator('#runs-button').click();
    expect(await modal.textContent()).toContain('[log] письмо отправлено');
    await page.locator('#modal-close').click();
  });

  it('asks the person when a sidebar’s server call shows an alert, and hands the answer back to the call', async () => {
    await page.getByRole('button', { name: 'Проверка' }).click();
    await page.getByRole('menuitem', { name: 'Панель с вопросом' }).click();
    const frame = page.frameLocator('#sidebar-frame');
    await frame.locator('#ask').click();
    await page.locator('#overlay').waitFor();
    expect(await page.locator('#modal-title').textContent()).toBe('Подтвердите');
    await page.locator('#modal-buttons').getByRole('button', { name: 'Да' }).click();
    await frame.locator('#result', { hasText: 'ответ: YES' }).waitFor();
    await page.locator('#sidebar-close').click();
  });

  it('follows the script to the sheet it activated and draws its chart, labels as text', async () => {
    await page.getByRole('button', { name: 'Проверка' }).click();
    await page.getByRole('menuitem', { name: 'Диаграмма' }).click();
    await page.locator('#charts figcaption', { hasText: 'Пары по направлениям' }).waitFor();
    expect(await page.locator('#tabs [aria-selected="true"]').textContent()).toBe('Отчёт');
    expect(await page.locator('#charts .chart-label').allTextContents()).toEqual([
      'методические',
      'психолого-педагогические',
      '<b>нормативные</b>',
    ]);
    expect(await page.locator('#charts .chart-bar').allTextContents()).toEqual(['3', '2', '1']);
    await screenshot(page, 'playground-chart');
    await page.locator('#tabs').getByRole('tab', { name: 'Лист1' }).click();
    await page.locator('#charts').waitFor({ state: 'hidden' });
  });

  it('shows the emulator’s time and moves it on', async () => {
    expect(await page.locator('#clock').textContent()).toBe('01.09.2025, 10:00');
    await page.locator('#clock-button').click();
    await page.getByRole('menuitem', { name: '+1 день' }).click();
    await page.locator('#clock', { hasText: '02.09.2025, 10:00' }).waitFor();
  });

  it('shows a dropdown’s values on click and writes the one picked', async () => {
    await page.getByRole('button', { name: 'Проверка' }).click();
    await page.getByRole('menuitem', { name: 'Список' }).click();
    await page.locator('td[data-cell="F1"] .chevron').click();
    await page.getByRole('option', { name: 'Нет' }).click();
    await page.locator('td[data-cell="F1"]', { hasText: 'Нет' }).waitFor();
  });
});

describe('the playground behaves like Sheets', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  let url: string;
  let session: PlaygroundSession;

  /** What a cell of the first sheet displays, read from the Workspace itself. */
  const shown = (a1: string): string =>
    session.host.ws.rt.internal(() =>
      session.host.ws.spreadsheet.active.getSheets()[0].getRange(a1).getDisplayValue(),
    );

  async function menu(on: Page, caption: string): Promise<void> {
    await on.getByRole('button', { name: 'Проверка' }).click();
    await on.getByRole('menuitem', { name: caption, exact: true }).click();
  }

  beforeAll(async () => {
    session = new PlaygroundSession(compileScript(path.join(__dirname, 'fixtures')), 'empty', null);
    const started = await startServer(session, { root: ROOT, port: 0 });
    server = started.server;
    url = started.url;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1100, height: 600 }, locale: 'ru-RU' });
    await page.goto(url);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('edits the cell under the pointer on a double click: the formula bar never moves the grid', async () => {
    await menu(page, 'Заметка');
    const cell = page.locator('td[data-cell="C4"]');
    await page.locator('td[data-cell="C4"]', { hasText: 'с заметкой' }).waitFor();
    const before = await cell.boundingBox();
    await cell.dblclick();
    await page.locator('td[data-cell="C4"] input').waitFor({ timeout: 2000 });
    expect(await page.locator('#grid input').count()).toBe(1);
    expect((await cell.boundingBox())?.y).toBe(before?.y);
    expect(await page.locator('#cell-text').textContent()).toContain('Третья строка заметки');
    await screenshot(page, 'playground-note-in-bar');
    await page.keyboard.press('Escape');
  });

  it('shows a toast once, when it happens: reloading the page does not bring it back', async () => {
    await menu(page, 'Подсказка');
    await page.locator('.toast', { hasText: 'Подсказка показана' }).waitFor();
    await page.reload();
    await page.locator('#clock:not(:empty)').waitFor();
    await page.locator('#tabs button').first().waitFor();
    expect(await page.locator('.toast').count()).toBe(0);
  });

  it('keeps what a handler wrote before an alert when the page is closed unanswered; answering still runs it once', async () => {
    const other = await browser.newPage({ viewport: { width: 1100, height: 600 }, locale: 'ru-RU' });
    await other.goto(url);
    await menu(other, 'Посчитать и спросить');
    await other.locator('#overlay').waitFor();
    expect(await other.locator('#modal-title').textContent()).toBe('Дальше?');
    await other.close();
    expect(shown('J1')).toBe('1');
    expect(shown('K1')).toBe('');
    await page.reload();
    await page.locator('td[data-cell="J1"]', { hasText: '1' }).waitFor();
    await menu(page, 'Посчитать и спросить');
    await page.locator('#overlay').waitFor();
    await page.locator('#modal-buttons').getByRole('button', { name: 'Да' }).click();
    await page.locator('td[data-cell="K1"]', { hasText: 'ответ: YES' }).waitFor();
    expect(shown('J1')).toBe('2');
  });

  it('reloads an open sidebar after a menu item changed the sheets, and asks first when the person typed into it', async () => {
    await menu(page, 'Листы');
    const frame = page.frameLocator('#sidebar-frame');
    await frame.locator('#names', { hasText: 'Нет листа «Реестр»' }).waitFor();
    await menu(page, 'Создать лист');
    await frame.locator('#names', { hasText: 'Листы: Лист1, Реестр' }).waitFor({ timeout: 3000 });
    await frame.locator('#typed').fill('не потерять');
    await menu(page, 'Создать лист');
    const offer = page.locator('#sidebar-stale');
    await offer.waitFor({ timeout: 3000 });
    expect(await frame.locator('#typed').inputValue()).toBe('не потерять');
    await screenshot(page, 'playground-sidebar-stale');
    await offer.getByRole('button', { name: 'Обновить панель' }).click();
    await frame.locator('#names', { hasText: 'Листы: Лист1, Реестр, Реестр 2' }).waitFor();
    expect(await frame.locator('#typed').inputValue()).toBe('');
    await offer.waitFor({ state: 'hidden' });
  });
});
