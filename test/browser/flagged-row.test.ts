/**
 * A person whose row has a wrong cell stays in the bank sidebar (issue 11, item 1): the problems are shown in
 * Russian above the form and under their fields, an unrelated save keeps the wrong cell as it is, and the fix is
 * accepted.
 */
import type { Browser, Page } from 'playwright-core';
import { Workspace } from '../../emulator/workspace';
import { launchBrowser, openSidebar, screenshot } from '../support/browser';
import { loadBundle } from '../../emulator/script-loader';

const SHEET = 'Наставляемые';

/** A workbook set up from the menu with one mentee, whose phone and bank date were then typed wrong by hand. */
function setUp(): Workspace {
  const ws = new Workspace();
  loadBundle(ws);
  ws.call('setupWorkbook', [], { kind: 'menu' });
  const mentee = {
    surname: 'Смирнова',
    firstName: 'Ольга',
    position: 'воспитатель',
    menteeCategory: 'молодой специалист',
    consent: true,
  };
  expect(ws.html.invoke('addMentee', [mentee]).ok).toBe(true);
  type(ws, 2, 'Телефон', 'abc');
  type(ws, 2, 'Дата включения в банк', '1 сентября 2025');
  type(ws, 3, 'Фамилия', 'Орлова'); // a second mentee typed by hand, still without an ID
  return ws;
}

function type(ws: Workspace, row: number, header: string, value: string): void {
  const column = ws.spreadsheet.displayValues(SHEET)[0].indexOf(header) + 1;
  ws.spreadsheet.active.getSheetByName(SHEET)?.getRange(row, column).setValue(value);
}

function cell(ws: Workspace, header: string): string {
  const values = ws.spreadsheet.displayValues(SHEET);
  return values[1][values[0].indexOf(header)];
}

async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('[aria-busy]') &&
      !/Загрузка/.test(document.getElementById('status')?.textContent ?? ''),
  );
}

describe('a bank row with a problem in the sidebar', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lists the person, shows what is wrong, keeps the wrong cell on an unrelated save and takes the fix', async () => {
    const ws = setUp();
    const { page } = await openSidebar(browser, ws, 'mentee');
    await loaded(page);
    expect(await page.locator('#skipped summary').textContent()).toBe(
      'Не показаны строки (1): выполните «Проверить данные».',
    );
    await page.selectOption('#person', 'НЯ-0001');
    expect(await page.locator('#row-problems li').allTextContents()).toEqual([
      '«Телефон»: ожидается номер телефона, например +7 900 123-45-67, а не «abc»',
      '«Дата включения в банк»: ожидается дата, например 01.09.2025, а не «1 сентября 2025»',
    ]);
    expect(await page.locator('#phone-error').textContent()).toBe(
      'ожидается номер телефона, например +7 900 123-45-67, а не «abc»',
    );
    await screenshot(page, 'mentee-flagged');

    await page.fill('#position', 'методист');
    await page.click('#save');
    await page.locator('#status.ok').waitFor();
    expect(cell(ws, 'Должность')).toBe('методист');
    expect(cell(ws, 'Телефон')).toBe('abc');
    expect(cell(ws, 'Дата включения в банк')).toBe('1 сентября 2025');

    await page.fill('#enteredOn', '2025-09-01');
    await page.click('#save');
    await page.locator('#status.ok').waitFor();
    expect(cell(ws, 'Дата включения в банк')).toBe('01.09.2025');
    await page.waitForFunction(() => document.querySelectorAll('#row-problems li').length === 1);
    expect(await page.locator('#row-problems li').allTextContents()).toEqual([
      '«Телефон»: ожидается номер телефона, например +7 900 123-45-67, а не «abc»',
    ]);
  });

  it('shows a pair whose kinds were emptied by hand, and takes the kinds in its details form', async () => {
    const ws = setUp();
    const pair = {
      mentorId: 'НК-0001',
      menteeIds: ['НЯ-0001'],
      form: 'педагог – педагог',
      kinds: ['традиционное (один на один)'],
    };
    const mentor = { surname: 'Иванова', firstName: 'Мария', position: 'воспитатель', consent: true };
    expect(ws.html.invoke('addMentor', [mentor]).ok).toBe(true);
    expect(ws.html.invoke('createMentorship', [pair]).ok).toBe(true);
    const pairs = ws.spreadsheet.active.getSheetByName('Пары и группы');
    const kinds = ws.spreadsheet.displayValues('Пары и группы')[0].indexOf('Виды наставничества') + 1;
    pairs?.getRange(2, kinds).setValue('');
    const { page } = await openSidebar(browser, ws, 'mentorship');
    await loaded(page);
    await page.selectOption('#mentorship', 'ПГ-0001');
    expect(await page.locator('#pair-problems li').allTextContents()).toEqual([
      '«Виды наставничества»: не заполнено, а это обязательное поле. ' +
        'Один или несколько через «; ». Для группы обязательно «в группе»',
    ]);
    expect(await page.locator('#details').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#pairKinds-error').textContent()).toContain('не заполнено');
    await page.locator('#pairKinds').getByText('традиционное (один на один)').click();
    await page.click('#save-details');
    await page.locator('#status.ok').waitFor();
    expect(ws.spreadsheet.displayValues('Пары и группы')[1][kinds - 1]).toBe('традиционное (один на один)');
    expect(await page.locator('#pair-problems').count()).toBe(0);
  });
});
