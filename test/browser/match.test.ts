import type { Browser } from 'playwright-core';
import { launchBrowser, openSidebar, screenshot } from '../support/browser';
import { HOSTILE, invoke, matchingWorkbook, pairRows, settled } from './match-fixture';

describe('the «Подобрать наставника» sidebar in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens from the menu items «Подобрать наставника» and «Подобрать пары для всех»', () => {
    const { ws } = matchingWorkbook();
    ws.call('onOpen', [{ authMode: 'FULL' }], { kind: 'simple-trigger' });
    const captions = JSON.stringify(ws.spreadsheet.ui.menus);
    expect(captions).toContain('Подобрать наставника');
    expect(captions).toContain('Подобрать пары для всех');
    ws.call('showMatchSidebar', [], { kind: 'menu' });
    expect(ws.spreadsheet.ui.sidebar?.title).toBe('Подобрать наставника');
    expect(ws.spreadsheet.ui.sidebar?.html).toContain('<h1>Подобрать наставника</h1>');
    ws.call('showCohortSidebar', [], { kind: 'menu' });
    expect(ws.spreadsheet.ui.sidebar?.title).toBe('Подобрать пары для всех');
  });

  it('ranks mentors for a chosen mentee with reasons and creates the pair in one click', async () => {
    const { ws, people } = matchingWorkbook();
    const { page } = await openSidebar(browser, ws, 'match');
    await settled(page);
    const waiting = await page.locator('optgroup[label="Ждут наставника"] option').allTextContents();
    expect(waiting).toEqual([
      'Белова Юлия — воспитатель',
      'Новикова Дарья — учитель-логопед',
      'Орлова Анна — воспитатель',
      'Смирнова Ольга — воспитатель',
    ]);
    await page.selectOption('#mentee', people['Смирнова']);
    await page.locator(`#mentee-card:has-text("Смирнова")`).waitFor();
    await settled(page);
    const cards = page.locator('#ranking > li');
    expect(await cards.first().getAttribute('data-mentor')).toBe(people['Иванова']);
    const first = await cards.first().innerText();
    expect(first).toContain('совпадают запросы: методические, ИКТ-компетенции, цифровизация');
    expect(first).toContain('стаж 12 лет');
    expect(first).toContain('свободно 3 места из 3');
    const refused = page.locator(`li[data-mentor="${people['Петрова']}"]`);
    expect(await refused.getAttribute('class')).toContain('unavailable');
    expect(await refused.innerText()).toContain('Недоступен: нет согласия на обработку персональных данных');
    const full = page.locator(`li[data-mentor="${people['Сидорова']}"]`);
    expect(await full.innerText()).toContain('нет свободных мест (занято 1 из 1)');
    expect(await full.locator('button').count()).toBe(0);
    const hostile = page.locator(`li[data-mentor="${people[HOSTILE]}"] .name`);
    expect(await hostile.textContent()).toBe(`${HOSTILE} Анна`);
    expect(await page.locator('img').count()).toBe(0);
    await screenshot(page, 'match-ranking');

    const duringCall = await page.evaluate(() => {
      (document.querySelector('#ranking button') as HTMLButtonElement).click();
      return Array.from(document.querySelectorAll('button, select')).map(
        (c) => (c as HTMLSelectElement).disabled,
      );
    });
    expect(duringCall.every(Boolean)).toBe(true);
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status').textContent()).toMatch(
      /^Создана пара ПГ-0002: Иванова Мария Петровна — Смирнова Ольга \(проект\)\.$/,
    );
    expect(pairRows(ws)).toEqual([
      [people['Сидорова'], people['Фёдорова'], 'проект'],
      [people['Иванова'], people['Смирнова'], 'проект'],
    ]);
    expect(await page.locator('#mentee-blocker').textContent()).toContain('Уже в паре или группе: ПГ-0002');
    expect(await page.locator('#ranking button').count()).toBe(0);
    await screenshot(page, 'match-created');
  });

  it('shows in Russian why a pair cannot be made when the ranking went stale', async () => {
    const { ws, people } = matchingWorkbook();
    const { page } = await openSidebar(browser, ws, 'match');
    await settled(page);
    await page.selectOption('#mentee', people['Орлова']);
    await page.locator(`#mentee-card:has-text("Орлова")`).waitFor();
    await settled(page);
    invoke(ws, 'createMentorship', {
      mentorId: people['Кузнецова'],
      menteeIds: [people['Орлова']],
      form: 'педагог – педагог',
      kinds: ['традиционное (один на один)'],
    });
    const buttons = page.locator('#ranking button');
    await buttons.first().click();
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toBe(
      `Предложение устарело: Орлова Анна (${people['Орлова']}) — уже в паре или группе ПГ-0002. ` +
        'Ничего не создано: обновите подбор и выберите снова.',
    );
    expect(await buttons.first().isDisabled()).toBe(false);
    expect(pairRows(ws)).toHaveLength(2);
    await screenshot(page, 'match-stale');
  });
  it('says in Russian what is wrong when a weight in «Настройки» is not a number', async () => {
    const { ws } = matchingWorkbook();
    const settings = ws.spreadsheet.displayValues('Настройки');
    const row = settings.findIndex((r) => r[0] === 'matchWeightExperience') + 1;
    ws.spreadsheet.active.getSheetByName('Настройки')?.getRange(row, 3).setValue('пятнадцать');
    const { page } = await openSidebar(browser, ws, 'match');
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toBe(
      'Веса подбора на листе «Настройки» заполнены с ошибкой: Вес «стаж»: ожидается число от 0 до 100. ' +
        'Исправьте столбец «Значение» (пустая ячейка — значение по умолчанию).',
    );
    expect(await page.locator('#mentee').isDisabled()).toBe(false);
    await screenshot(page, 'match-bad-weight');
  });
});
