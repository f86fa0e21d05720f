/**
 * A sidebar left open while «Отозвать согласие…» runs from the menu: when the curator comes back to it, it shows
 * the lists as the sheets are now, not the withdrawn person's name; and a form saved without coming back cannot
 * write the name into the anonymised row (issue 11, item 10).
 */
import type { Browser, Page } from 'playwright-core';
import { Workspace } from '../../emulator/workspace';
import { loadBundle } from '../../emulator/script-loader';
import { launchBrowser, openSidebar, screenshot } from '../support/browser';

/** A set-up workbook with a mentor who will withdraw consent, a colleague, and a pair of the first. */
function setUp(): Workspace {
  const ws = new Workspace();
  loadBundle(ws);
  ws.call('setupWorkbook', [], { kind: 'menu' });
  const person = { position: 'воспитатель', consent: true };
  const calls: [string, object][] = [
    ['addMentor', { ...person, surname: 'Мельникова', firstName: 'Ольга', patronymic: 'Сергеевна' }],
    ['addMentor', { ...person, surname: 'Петрова', firstName: 'Анна' }],
    ['addMentee', { ...person, surname: 'Орлова', firstName: 'Дарья', menteeCategory: 'новый сотрудник' }],
    [
      'createMentorship',
      {
        mentorId: 'НК-0001',
        menteeIds: ['НЯ-0001'],
        form: 'педагог – педагог',
        kinds: ['традиционное (один на один)'],
      },
    ],
  ];
  for (const [fn, input] of calls) expect(ws.html.invoke(fn, [input])).toMatchObject({ ok: true });
  return ws;
}

/** «Отозвать согласие…» from the menu for НК-0001, answered «Да». */
function withdraw(ws: Workspace): void {
  ws.spreadsheet.ui.scriptAnswers([{ button: 'OK', text: 'НК-0001' }, 'YES', 'OK']);
  ws.call('withdrawConsent', [], { kind: 'menu' });
  expect(ws.spreadsheet.ui.alerts.at(-1)?.prompt).toContain('Персональные данные удалены (НК-0001)');
}

/** Everything the sidebar shows: its text, the options of its lists and the values in its fields. */
function shown(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.body.innerText,
      ...Array.from(document.querySelectorAll('option'), (o) => o.textContent ?? ''),
      ...Array.from(document.querySelectorAll('input, textarea'), (i) => (i as HTMLInputElement).value),
    ].join('\n'),
  );
}

/** The curator clicks back into the sidebar after working in the sheet: its window gets the focus. */
async function comeBack(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('[aria-busy]') &&
      !/Загрузка/.test(document.getElementById('status')?.textContent ?? ''),
  );
}

describe('a sidebar open during a consent withdrawal', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the bank without the person once the curator comes back to it', async () => {
    const ws = setUp();
    const { page } = await openSidebar(browser, ws, 'mentor');
    await idle(page);
    await page.selectOption('#person', 'НК-0001');
    expect(await page.inputValue('#surname')).toBe('Мельникова');
    withdraw(ws);
    expect(await shown(page)).toContain('Мельникова'); // nothing tells a page in another window by itself

    await comeBack(page);
    await page.waitForFunction(() => /НК-0001/.test(document.getElementById('status')?.textContent ?? ''));
    const now = await shown(page);
    for (const trace of ['Мельникова', 'Ольга', 'Сергеевна']) expect(now).not.toContain(trace);
    expect(now).toContain('Петрова Анна (НК-0002)');
    await screenshot(page, 'bank-after-withdrawal');
  });

  it('refuses, in Russian, to save the name back from a form opened before the withdrawal', async () => {
    const ws = setUp();
    const { page } = await openSidebar(browser, ws, 'mentor');
    await idle(page);
    await page.selectOption('#person', 'НК-0001');
    withdraw(ws);
    await page.fill('#position', 'методист');
    await page.click('#save');
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toBe(
      'НК-0001: человек отозвал согласие на обработку персональных данных, его данные удалены. ' +
        'Вернуть в эту строку ФИО, контакты, сведения о человеке или отметку согласия нельзя. ' +
        'Если человек дал согласие снова, добавьте его как нового: «Новая запись» — он получит новый ID.',
    );
    const { ui: _shown, ...workbook } = ws.snapshot().spreadsheet as { ui: unknown };
    expect(JSON.stringify(workbook).includes('Мельникова')).toBe(false);
  });

  it('relabels the pair in «Пара / группа» once the curator comes back to it', async () => {
    const ws = setUp();
    const { page } = await openSidebar(browser, ws, 'mentorship');
    await idle(page);
    const option = page.locator('#mentorship option[value="ПГ-0001"]');
    expect(await option.textContent()).toBe('ПГ-0001 · Мельникова О. С. → Орлова Д. (проект)');
    withdraw(ws);

    await comeBack(page);
    await page.waitForFunction(
      () =>
        !/Мельникова/.test(document.querySelector('#mentorship option[value="ПГ-0001"]')?.textContent ?? ''),
    );
    expect(await option.textContent()).toBe('ПГ-0001 · Удалено по отзыву согласия → Орлова Д. (проект)');
    for (const trace of ['Мельникова', 'Ольга', 'Сергеевна']) expect(await shown(page)).not.toContain(trace);
  });
});
