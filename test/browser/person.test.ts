import type { Browser, Page } from 'playwright-core';
import { Workspace } from '../../emulator/workspace';
import { launchBrowser, openSidebar, screenshot } from '../support/browser';
import { loadBundle } from '../../emulator/script-loader';

/** A workbook set up from the menu, with the bundle loaded as Apps Script loads it. */
function setUp(): Workspace {
  const ws = new Workspace();
  loadBundle(ws);
  ws.call('setupWorkbook', [], { kind: 'menu' });
  return ws;
}

/** The cell of a sheet's data row under the header a person reads. */
function cell(ws: Workspace, sheet: string, row: number, header: string): string {
  const values = ws.spreadsheet.displayValues(sheet);
  return values[row][values[0].indexOf(header)];
}

async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('[aria-busy]') &&
      !/Загрузка/.test(document.getElementById('status')?.textContent ?? ''),
  );
}

describe('the bank sidebars in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('adds a mentee, with hostile text kept as text in the sidebar and in the sheet', async () => {
    const ws = setUp();
    const { page } = await openSidebar(browser, ws, 'mentee');
    await loaded(page);
    const evil = '<img src=x onerror=alert(1)>';
    await page.fill('#surname', evil);
    await page.fill('#firstName', 'Ольга');
    await page.fill('#patronymic', '=HYPERLINK("http://evil")');
    await page.fill('#position', 'воспитатель');
    await page.selectOption('#menteeCategory', 'молодой специалист');
    await page.getByLabel('методические').check();
    await page.getByLabel('здоровьесбережение').check();
    await page.fill('#difficulties', 'Планирование занятий, общение с родителями');
    await page.fill('#experienceYears', '0,5');
    await page.getByLabel('Согласие на обработку ПДн').check();
    await page.fill('#consentDate', '2025-09-01');
    await page.click('#save');
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status').textContent()).toBe('Наставляемый НЯ-0001 добавлен в банк.');
    const option = page.locator('#person option:checked');
    expect(await option.textContent()).toBe(`${evil} Ольга =HYPERLINK("http://evil") (НЯ-0001)`);
    expect(await page.locator('img').count()).toBe(0);
    const sheet = 'Наставляемые';
    expect(cell(ws, sheet, 1, 'Фамилия')).toBe(evil);
    expect(cell(ws, sheet, 1, 'Отчество')).toBe('=HYPERLINK("http://evil")');
    expect(cell(ws, sheet, 1, 'Запросы (направления)')).toBe('методические; здоровьесбережение');
    expect(cell(ws, sheet, 1, 'Категория наставляемого')).toBe('молодой специалист');
    expect(cell(ws, sheet, 1, 'Дата согласия')).toBe('01.09.2025');
    const formula = ws.spreadsheet.active.getSheetByName(sheet)?.getRange(2, 4).getFormula();
    expect(formula).toBe('');
    await screenshot(page, 'mentee-added');
  });

  it('shows inline messages before calling the server, and the server message after', async () => {
    const ws = setUp();
    const { page } = await openSidebar(browser, ws, 'mentee');
    await loaded(page);
    await page.fill('#experienceYears', 'много');
    await page.click('#save');
    expect(await page.locator('#surname-error').textContent()).toBe('Обязательное поле');
    expect(await page.locator('#menteeCategory-error').textContent()).toBe('Обязательное поле');
    expect(await page.locator('#experienceYears-error').textContent()).toContain('Введите число');
    expect(await page.locator('#status').textContent()).toBe('Исправьте поля, отмеченные красным.');
    await screenshot(page, 'mentee-invalid');
    expect(ws.spreadsheet.displayValues('Наставляемые')).toHaveLength(1);
  });

  it('edits a mentor chosen from the list and clears an emptied field', async () => {
    const ws = setUp();
    const added = ws.html.invoke('addMentor', [
      {
        surname: 'Иванова',
        firstName: 'Мария',
        patronymic: 'Петровна',
        position: 'воспитатель',
        competencies: ['методические'],
        phone: '+7 900 000-00-00',
        consent: true,
      },
    ]);
    expect(added.ok).toBe(true);
    const { page } = await openSidebar(browser, ws, 'mentor');
    await loaded(page);
    await page.selectOption('#person', 'НК-0001');
    expect(await page.inputValue('#surname')).toBe('Иванова');
    expect(await page.getByLabel('методические').isChecked()).toBe(true);
    expect(await page.locator('#summary').textContent()).toBe('Наставляемых сейчас: 0, свободно мест: 3.');
    await page.fill('#phone', '');
    await page.fill('#capacity', '2');
    await page.selectOption('#qualification', 'высшая');
    await page.getByLabel('ИКТ-компетенции, цифровизация').check();
    await page.fill('#achievements', 'Победитель конкурса «Воспитатель года — 2024»');
    await page.click('#save');
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status').textContent()).toBe('Наставник НК-0001 сохранён.');
    const sheet = 'Наставники';
    expect(cell(ws, sheet, 1, 'Телефон')).toBe('');
    expect(cell(ws, sheet, 1, 'Наставляемых одновременно (не более)')).toBe('2');
    expect(cell(ws, sheet, 1, 'Квалификационная категория')).toBe('высшая');
    expect(cell(ws, sheet, 1, 'Компетенции (направления)')).toBe(
      'методические; ИКТ-компетенции, цифровизация',
    );
    await screenshot(page, 'mentor-edited');
  });

  it('opens on the person of the row the curator is on', async () => {
    const ws = setUp();
    const mentor = { surname: 'Иванова', firstName: 'Мария', position: 'воспитатель', consent: true };
    expect(ws.html.invoke('addMentor', [mentor]).ok).toBe(true);
    expect(ws.html.invoke('addMentor', [{ ...mentor, surname: 'Петрова' }]).ok).toBe(true);
    ws.spreadsheet.select('Наставники!C3');
    const { page } = await openSidebar(browser, ws, 'mentor');
    await loaded(page);
    expect(await page.inputValue('#person')).toBe('НК-0002');
    expect(await page.inputValue('#surname')).toBe('Петрова');
    expect(await page.locator('#save').textContent()).toBe('Сохранить изменения');
    expect(await page.locator('#status').textContent()).toContain(
      'Открыта запись НК-0002 из выделенной строки',
    );
  });

  it('disables its buttons and says so while a call runs, then gives them back', async () => {
    const ws = setUp();
    const { page } = await openSidebar(browser, ws, 'mentee');
    await loaded(page);
    // Slow the wire down: the page's transport is read at each call (emulator/html/client-shim.ts).
    await page.evaluate(() => {
      const w = window as unknown as Record<string, (...args: unknown[]) => Promise<string>>;
      const fast = w.__gasInvoke;
      w.__gasInvoke = (...args) => new Promise((done) => setTimeout(() => done(fast(...args)), 400));
    });
    await page.fill('#surname', 'Смирнова');
    await page.fill('#firstName', 'Ольга');
    await page.fill('#position', 'воспитатель');
    await page.selectOption('#menteeCategory', 'новый сотрудник');
    await page.click('#save');
    expect(await page.locator('#save').isDisabled()).toBe(true);
    expect(await page.locator('#new').isDisabled()).toBe(true);
    expect(await page.locator('#status').textContent()).toBe('Сохранение…');
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#save').isEnabled()).toBe(true);
    expect(ws.spreadsheet.displayValues('Наставляемые')).toHaveLength(2);
  });

  it("shows the server's refusal in Russian and keeps the form as typed", async () => {
    const ws = setUp();
    const { page } = await openSidebar(browser, ws, 'mentor');
    await loaded(page);
    await page.fill('#surname', 'Петрова');
    await page.fill('#firstName', 'Анна');
    await page.fill('#position', 'старший воспитатель');
    ws.platform.locks.holdByOther('document');
    await page.click('#save');
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toMatch(
      /^Таблицу сейчас изменяет другой пользователь или процесс/,
    );
    expect(await page.inputValue('#surname')).toBe('Петрова');
    expect(await page.locator('#save').isEnabled()).toBe(true);
    expect(ws.spreadsheet.displayValues('Наставники')).toHaveLength(1);
  });
});
