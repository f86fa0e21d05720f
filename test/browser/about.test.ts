import type { Browser } from 'playwright-core';
import { Workspace } from '../../emulator/workspace';
import { launchBrowser, openSidebar, screenshot, until } from '../support/browser';
import { loadBundle } from '../../emulator/script-loader';

describe('the «О программе» sidebar in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('asks the server through the typed client and shows its answer', async () => {
    const ws = new Workspace();
    loadBundle(ws);
    ws.spreadsheet.active.rename('Реестр наставничества ГБДОУ № 64');
    const { page } = await openSidebar(browser, ws, 'about');
    await page.getByText('Реестр наставничества ГБДОУ № 64').waitFor();
    expect(await page.locator('#version').textContent()).toBe(__VERSION__);
    expect(await page.locator('#status').textContent()).toBe('');
    await screenshot(page, 'about');
  });

  it('shows a workbook name with markup as text, never as HTML', async () => {
    const ws = new Workspace();
    loadBundle(ws);
    ws.spreadsheet.active.rename('<img src=x onerror="window.hacked=1">');
    const { page } = await openSidebar(browser, ws, 'about');
    await page.locator('#details:not([hidden])').waitFor();
    expect(await page.locator('#workbook').textContent()).toBe('<img src=x onerror="window.hacked=1">');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  });

  it("shows the server's failure message instead of the details", async () => {
    const ws = new Workspace();
    loadBundle(ws);
    ws.rt.killAt({ method: 'SpreadsheetApp.getActiveSpreadsheet' });
    const { page } = await openSidebar(browser, ws, 'about');
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toContain('Exceeded maximum execution time');
  });

  it('closes itself through google.script.host', async () => {
    const ws = new Workspace();
    loadBundle(ws);
    const { page, hostActions } = await openSidebar(browser, ws, 'about');
    await page.getByRole('button', { name: 'Закрыть' }).click();
    await until(() => hostActions.length > 0);
    expect(hostActions).toEqual(['close']);
  });
});
