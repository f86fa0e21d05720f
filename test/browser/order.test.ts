import type { Browser } from 'playwright-core';
import type { Workspace } from '../../emulator/workspace';
import { menteeInput, mentorInput } from '../gas/registry-fixture';
import { launchBrowser, openSidebar, screenshot } from '../support/browser';
import { invoke } from './match-fixture';
import { settledWorkbook } from './order-fixture';

/** A set-up workbook with «Настройки» filled in and two pairs in «проект», one of them with a hostile name. */
function workbook(): Workspace {
  const ws = settledWorkbook();
  invoke(ws, 'addMentor', mentorInput({ surname: 'Иванова', firstName: 'Мария', patronymic: 'Петровна' }));
  invoke(ws, 'addMentor', mentorInput({ surname: '<b>Жирнова</b>', firstName: 'Анна' }));
  invoke(ws, 'addMentee', menteeInput({ surname: 'Шевчук', firstName: 'Любовь', patronymic: 'Павловна' }));
  invoke(ws, 'addMentee', menteeInput({ surname: 'Кузьмич', firstName: 'Никита', patronymic: 'Ильич' }));
  const pair = { form: 'педагог – педагог', kinds: ['традиционное (один на один)'] };
  invoke(ws, 'createMentorship', { ...pair, mentorId: 'НК-0001', menteeIds: ['НЯ-0001'] });
  invoke(ws, 'createMentorship', { ...pair, mentorId: 'НК-0002', menteeIds: ['НЯ-0002'] });
  return ws;
}

describe('the «Подготовить приказ» sidebar in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('preselects the pairs to assign, previews the order with names declined, makes it and signs it', async () => {
    const ws = workbook();
    const { page } = await openSidebar(browser, ws, 'order');
    await page.locator('#picks input[type=checkbox]').first().waitFor();
    expect(await page.locator('#kind').inputValue()).toBe('assign-mentorships');
    const ticked = await page
      .locator('#picks input[type=checkbox]:checked')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(ticked).toEqual(['ПГ-0001', 'ПГ-0002']);
    // A name that is markup is shown as text in the list.
    expect(await page.locator('#picks').innerText()).toContain('<b>Жирнова</b>');

    await page.locator('#preview').click();
    await page.locator('#preview-box p').first().waitFor();
    const preview = await page.locator('#preview-box').innerText();
    expect(preview).toContain('ПРИКАЗЫВАЮ:');
    expect(preview).toContain(
      'Куратору реализации персонализированных программ наставничества Петровой А. С.',
    );
    expect(preview).toContain('Иванова Мария Петровна, воспитатель');
    expect(await page.locator('#preview-box b').count()).toBe(0);
    expect(await page.locator('#status').textContent()).toContain('приказ получит № 1');
    await screenshot(page, 'order-preview');

    await page.locator('#create').click();
    await page.locator('#result a').waitFor();
    expect(await page.locator('#result').innerText()).toContain('Приказ № 1');
    expect(await page.locator('#result a').getAttribute('href')).toMatch(
      /^https:\/\/docs\.google\.com\/document\/d\//,
    );
    expect(ws.spreadsheet.displayValues('Приказы')[1].slice(0, 2)).toEqual(['ПК-0001', '1']);

    await page.locator('#drafts button:has-text("Подписан")').click();
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status').textContent()).toBe(
      'Приказ подписан. Пары и группы утверждены: ПГ-0001, ПГ-0002.',
    );
    // What was said under the buttons about the draft is not left standing once it is signed.
    expect(await page.locator('#result').isHidden()).toBe(true);
    expect(await page.locator('#drafts li').count()).toBe(0);
    await screenshot(page, 'order-signed');
  });
});
