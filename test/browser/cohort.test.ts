import type { Browser } from 'playwright-core';
import { launchBrowser, openSidebar, screenshot } from '../support/browser';
import { HOSTILE, matchingWorkbook, pairRows, settled } from './match-fixture';

describe('the «Подобрать пары для всех» sidebar in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('proposes pairs and groups for everyone waiting, and creates exactly the ticked ones', async () => {
    const { ws, people } = matchingWorkbook();
    const { page } = await openSidebar(browser, ws, 'cohort');
    await settled(page);
    expect(await page.locator('#summary').textContent()).toBe(
      'Ждут наставника: 4. Предложено: 1 пара, 1 группа. Без наставника: 1.',
    );
    const cards = page.locator('#proposals > li');
    expect(await cards.count()).toBe(2);
    const proposed = await cards.evaluateAll((items) =>
      items.map((li) => [
        li.getAttribute('data-mentor') ?? '',
        Array.from(li.querySelectorAll('[data-mentee]'))
          .map((m) => m.getAttribute('data-mentee') ?? '')
          .join(', '),
      ]),
    );
    expect(proposed).toEqual([
      [people['Иванова'], [people['Смирнова'], people['Орлова']].sort().join(', ')],
      [people['Кузнецова'], people['Новикова']],
    ]);
    const group = await cards.first().innerText();
    expect(group).toContain('группа');
    expect(group).toContain('в группе: 2 наставляемых с общими запросами');
    const unmatched = await page.locator('#unmatched').innerText();
    expect(unmatched).toContain('Белова Юлия');
    expect(unmatched).toContain('у наставляемого нет согласия на обработку персональных данных');
    expect(await page.locator('#create').textContent()).toBe('Создать выбранные (2)');
    await cards.first().locator('details').first().locator('summary').click();
    await screenshot(page, 'cohort-proposed');

    await cards.nth(1).locator('input[type=checkbox]').uncheck();
    expect(await page.locator('#create').textContent()).toBe('Создать выбранные (1)');
    const duringCall = await page.evaluate(() => {
      (document.getElementById('create') as HTMLButtonElement).click();
      return Array.from(document.querySelectorAll('button, input')).map(
        (c) => (c as HTMLInputElement).disabled,
      );
    });
    expect(duringCall.every(Boolean)).toBe(true);
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status').textContent()).toContain('Создано (статус «проект»): 1 — ПГ-0002');
    expect(pairRows(ws)).toEqual([
      [people['Сидорова'], people['Фёдорова'], 'проект'],
      [people['Иванова'], proposed[0][1].replace(', ', '; '), 'проект'],
    ]);
    expect(await page.locator('#summary').textContent()).toBe(
      'Ждут наставника: 2. Предложено: 1 пара, 0 групп. Без наставника: 1.',
    );
    expect(await page.locator('img').count()).toBe(0);
    expect(HOSTILE).toContain('<img');
    await screenshot(page, 'cohort-created');
  });

  it('shows the hostile name as text and a failure in Russian, with the buttons usable again', async () => {
    const { ws, people } = matchingWorkbook();
    const { page } = await openSidebar(browser, ws, 'cohort');
    await settled(page);
    expect(await page.locator('#create').isDisabled()).toBe(false);
    // The only mentor with a free place for the group withdraws consent while the curator looks.
    ws.html.invoke('updateMentor', [{ id: people['Иванова'], consent: false }]);
    await page.locator('#create').click();
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toMatch(/^Предложение устарело: /);
    expect(pairRows(ws)).toHaveLength(1);
    expect(await page.locator('#create').isDisabled()).toBe(false);
    await screenshot(page, 'cohort-stale');
    await page.locator('#again').click();
    await page.locator('#status:not(.error)').waitFor({ state: 'attached' });
    await settled(page);
    const text = await page.locator('#proposals').innerText();
    expect(text).toContain(`${HOSTILE} Анна`);
    expect(await page.locator('img').count()).toBe(0);
    await screenshot(page, 'cohort-hostile');
  });
});
