import type { Browser } from 'playwright-core';
import type { Workspace } from '../../emulator/workspace';
import { menteeInput, mentorInput } from '../gas/registry-fixture';
import { launchBrowser, openSidebar, screenshot } from '../support/browser';
import { HOSTILE, invoke } from './match-fixture';
import { settledWorkbook } from './order-fixture';

/** Two pairs in «идёт»: one mentee with a name that is markup, one mentee without consent in a third pair. */
function workbook(): Workspace {
  const ws = settledWorkbook();
  const pair = { form: 'педагог – педагог', kinds: ['традиционное (один на один)'] };
  invoke(ws, 'addMentor', mentorInput({ surname: 'Иванова', capacity: 3 }));
  invoke(ws, 'addMentee', menteeInput({ surname: HOSTILE, email: 'a@school.example' }));
  invoke(ws, 'addMentee', menteeInput({ surname: 'Шевчук', email: 'b@school.example' }));
  invoke(ws, 'addMentee', menteeInput({ surname: 'Кузьмич', consent: true }));
  for (const menteeId of ['НЯ-0001', 'НЯ-0002', 'НЯ-0003']) {
    const made = invoke<{ id: string }>(ws, 'createMentorship', {
      ...pair,
      mentorId: 'НК-0001',
      menteeIds: [menteeId],
    });
    invoke(ws, 'updateMentorship', { id: made.id, status: 'утверждена' });
    invoke(ws, 'updateMentorship', { id: made.id, status: 'идёт' });
  }
  invoke(ws, 'updateMentee', { id: 'НЯ-0003', consent: false });
  return ws;
}

describe('the «Анкеты» sidebar in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('creates a questionnaire for the people ticked, lists the links, takes the answers and sends the letters', async () => {
    const ws = workbook();
    const { page } = await openSidebar(browser, ws, 'questionnaire');
    await page.locator('#kind option').first().waitFor({ state: 'attached' });
    await page.locator('#kind').selectOption('mentee-satisfaction');
    const boxes = page.locator('#recipients input[type=checkbox]');
    await boxes.first().waitFor();
    expect(
      await boxes.evaluateAll((all) =>
        all.map((b) => [
          (b as HTMLInputElement).value,
          (b as HTMLInputElement).checked,
          (b as HTMLInputElement).disabled,
        ]),
      ),
    ).toEqual([
      ['НЯ-0001|ПГ-0001|наставляемый', true, false],
      ['НЯ-0002|ПГ-0002|наставляемый', true, false],
      ['НЯ-0003|ПГ-0003|наставляемый', false, true],
    ]);
    // A name that is markup stays text; the one without consent says why.
    expect(await page.locator('#recipients').innerText()).toContain(HOSTILE);
    expect(await page.locator('#recipients img').count()).toBe(0);
    expect(await page.locator('#recipients').innerText()).toContain('нет согласия на обработку');
    await screenshot(page, 'questionnaire-create');

    await page.locator('#create').click();
    await page.locator('#result a').waitFor();
    expect(await page.locator('#result').innerText()).toContain('Анкета АН-0001 создана');
    expect(ws.spreadsheet.displayValues('Анкеты')[1].slice(0, 2)).toEqual([
      'АН-0001',
      'удовлетворённость наставляемого',
    ]);
    await page.locator('#made li').first().waitFor();

    await page.locator('#made button', { hasText: 'Рассылка' }).click();
    await page.locator('#links input').first().waitFor();
    const urls = await page
      .locator('#links input')
      .evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value));
    expect(urls).toHaveLength(2);
    expect(urls[0]).toMatch(
      /^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform\?usp=pp_url&entry\.\d+=[0-9a-z]{26}$/,
    );

    // The mentee answers through the link; the trigger takes it, «Обновить результаты» finds nothing new.
    const form = ws.forms.snapshot().forms[0];
    const answers = Object.fromEntries(
      form.items
        .filter((i) => i.required)
        .map((i) => [i.title, i.type === 'SCALE' ? 8 : (i.choices ?? [])[0]]),
    );
    ws.rt.advance(60_000);
    ws.forms.submitPrefilled(urls[1], answers);
    await page.locator('#made button', { hasText: 'Обновить результаты' }).click();
    await page.locator('#status', { hasText: 'всего 1' }).waitFor();
    expect(await page.locator('#status').innerText()).toContain('АН-0001: новых ответов 0, всего 1');
    expect(ws.spreadsheet.displayValues('Результаты АН-0001')[1][1]).toBe('НЯ-0002');

    await page.locator('#made button', { hasText: 'Рассылка' }).click();
    await page.locator('#links li', { hasText: 'ответ получен' }).waitFor();
    await page.locator('#send').click();
    await page.locator('#progress-text', { hasText: 'Отправлено 1 из 1' }).waitFor();
    expect(ws.platform.outbox.map((m) => m.to)).toEqual([['a@school.example']]);
    await screenshot(page, 'questionnaire-mailing');

    await page.locator('#analyse').click();
    await page.locator('#analysis li').first().waitFor();
    const analysis = await page.locator('#analysis').innerText();
    expect(analysis).toContain('ПГ-0002: оценка 8');
    expect(analysis).toContain('ПГ-0001: нет ответа от 2 участников');
  });
});
