import type { Browser } from 'playwright-core';
import type { Workspace } from '../../emulator/workspace';
import { mentorInput } from '../gas/registry-fixture';
import { launchBrowser, openSidebar, screenshot } from '../support/browser';
import { invoke } from './match-fixture';
import { settledWorkbook } from './order-fixture';

const LIBRARY_FORM = 'Мамедову Эльчину Рашиду оглы';
const OWN_FORM = 'Мамедову Эльчину Рашид оглы';

/** A set-up workbook with «Настройки» filled in and a mentor whose patronymic is Turkic. */
function workbook(): Workspace {
  const ws = settledWorkbook();
  invoke(ws, 'addMentor', mentorInput({ surname: 'Мамедов', firstName: 'Эльчин', patronymic: 'Рашид оглы' }));
  return ws;
}

describe('«Как склонены имена» under the order preview, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a form corrected from the preview appears in the next preview and in the made document', async () => {
    const ws = workbook();
    const { page } = await openSidebar(browser, ws, 'order');
    await page.locator('#kind option[value=thanks]').waitFor({ state: 'attached' });
    await page.locator('#kind').selectOption('thanks');
    await page.locator('#pick-НК-0001').check();
    await page.locator('#preview').click();
    const dative = page.locator('.name-forms [data-person="НК-0001"] [data-case="дательный"]');
    await dative.waitFor();
    expect(await page.locator('#preview-box').innerText()).toContain(`– ${LIBRARY_FORM}, воспитателю.`);
    expect(await dative.innerText()).toBe(`дательный: ${LIBRARY_FORM} Исправить`);

    await dative.locator('button', { hasText: 'Исправить' }).click();
    const input = dative.locator('input');
    expect(await input.inputValue()).toBe(LIBRARY_FORM);
    await input.fill(OWN_FORM);
    await screenshot(page, 'order-name-correction');
    await dative.locator('button', { hasText: 'Сохранить' }).click();
    await page.locator('#status.ok', { hasText: 'Исправление сохранено' }).waitFor();
    expect(await page.locator('#status').textContent()).toBe(
      `Исправление сохранено на листе «Склонение ФИО»: дательный — ${OWN_FORM}.`,
    );
    const preview = await page.locator('#preview-box').innerText();
    expect(preview).toContain(`– ${OWN_FORM}, воспитателю.`);
    expect(preview).not.toContain(LIBRARY_FORM);
    expect(await dative.innerText()).toBe(`дательный: ${OWN_FORM} (исправлено) Исправить`);
    expect(ws.spreadsheet.displayValues('Склонение ФИО')[1].slice(0, 4)).toEqual([
      'СФ-0001',
      'НК-0001',
      'дательный',
      OWN_FORM,
    ]);

    await page.locator('#create').click();
    await page.locator('#result a').waitFor();
    const url = (await page.locator('#result a').getAttribute('href')) ?? '';
    const text = ws.docs.exportText(url.split('/d/')[1].split('/')[0]);
    expect(text).toContain(`– ${OWN_FORM}, воспитателю.`);
    expect(text).not.toContain(LIBRARY_FORM);
  });
});
