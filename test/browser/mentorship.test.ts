import type { Browser, Page } from 'playwright-core';
import { Workspace } from '../../emulator/workspace';
import { launchBrowser, openSidebar, screenshot } from '../support/browser';
import { loadBundle } from '../../emulator/script-loader';

/** A set-up workbook with a mentor and two mentees added through the add-on's own endpoints. */
function setUp(): Workspace {
  const ws = new Workspace();
  loadBundle(ws);
  ws.call('setupWorkbook', [], { kind: 'menu' });
  const person = { position: 'воспитатель', consent: true };
  const calls: [string, object][] = [
    ['addMentor', { ...person, surname: 'Иванова', firstName: 'Мария', patronymic: 'Петровна', capacity: 3 }],
    [
      'addMentee',
      {
        ...person,
        surname: '<img src=x onerror=alert(1)>',
        firstName: 'Ольга',
        menteeCategory: 'молодой специалист',
        requests: ['здоровьесбережение'],
      },
    ],
    ['addMentee', { ...person, surname: 'Орлова', firstName: 'Дарья', menteeCategory: 'новый сотрудник' }],
  ];
  for (const [fn, input] of calls) expect(ws.html.invoke(fn, [input]).ok).toBe(true);
  return ws;
}

/** «Пары и группы» as a person reads it: one object per data row, by header. */
function rows(ws: Workspace, sheet: string): Record<string, string>[] {
  const [header, ...data] = ws.spreadsheet.displayValues(sheet);
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy]'));
}

async function createPair(page: Page): Promise<void> {
  await page.selectOption('#mentorId', 'НК-0001');
  await page.locator('#menteeIds').getByText('Ольга').click();
  await page.fill('#startDate', '2025-09-01');
  await page.fill('#endDate', '2026-05-31');
  await page.click('#create');
  await page.locator('#card').waitFor();
  await idle(page);
}

async function changeStatus(page: Page, to: string, fill?: () => Promise<unknown>): Promise<void> {
  await page.selectOption('#nextStatus', to);
  await fill?.();
  await page.click('#change');
  await page.locator(`#card .badge:text-is("${to}")`).waitFor();
  await idle(page);
}

describe('the «Пара / группа» sidebar in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('creates a pair, moves it along its lifecycle and writes its programme and plan', async () => {
    const ws = setUp();
    const { page } = await openSidebar(browser, ws, 'mentorship');
    await idle(page);
    await screenshot(page, 'mentorship-new');
    await createPair(page);
    expect(await page.locator('#status').textContent()).toContain('Создан проект ПГ-0001');
    expect(await page.locator('#card').textContent()).toContain('<img src=x onerror=alert(1)> Ольга');
    expect(await page.locator('img').count()).toBe(0);
    expect(rows(ws, 'Пары и группы')[0]).toMatchObject({
      ID: 'ПГ-0001',
      'Наставник (ID)': 'НК-0001',
      'Наставляемые (ID)': 'НЯ-0001',
      Статус: 'проект',
    });

    await changeStatus(page, 'утверждена');

    // The programme: the explanatory note, then the plan from the suggestions and by hand.
    await page.locator('#programme-id:has-text("Программы ещё нет")').waitFor();
    expect(await page.inputValue('#programme #startDate')).toBe('2025-09-01');
    await page.fill('#problem', 'Затруднения в планировании и в общении с родителями');
    expect(await page.locator('#programme-status').textContent()).toBe(
      'Есть несохранённые изменения программы или плана.',
    );
    // A status change on the way keeps what is typed in the programme.
    await changeStatus(page, 'идёт');
    expect(rows(ws, 'Пары и группы')[0].Статус).toBe('идёт');
    expect(await page.inputValue('#problem')).toBe('Затруднения в планировании и в общении с родителями');
    await page.fill('#goals', 'Освоить планирование по ФОП ДО');
    await page.fill('#tasks', '1. Изучить ФОП ДО. 2. Составить план.');
    await page.selectOption('#mode', 'очный');
    await page.fill('#schedule', 'по вторникам, 15:00');
    await page.fill('#plannedResults', 'Самостоятельное планирование');
    expect(await page.locator('#direction option').first().textContent()).toBe('здоровьесбережение (запрос)');
    await page.selectOption('#typical', { index: 1 });
    expect(await page.inputValue('#event')).toBe('Организация режимных моментов и прогулки');
    await page.fill('#deadline', '2025-10-15');
    await page.click('#add-event');
    await page.selectOption('#direction', 'нормативные правовые');
    await page.fill('#event', '=HYPERLINK("http://evil")');
    await page.click('#add-event');
    await page.fill('#event', 'Лишнее мероприятие');
    await page.click('#add-event');
    await page.getByRole('button', { name: 'Убрать № 3' }).click();
    expect(await page.locator('#plan .plan-item').count()).toBe(2);
    await page.getByRole('button', { name: 'Выше: № 2' }).click();
    await page.getByRole('checkbox', { name: 'Выполнено: Организация режимных моментов и прогулки' }).check();
    await page.click('#save-programme');
    await page.locator('#programme-status.ok').waitFor();
    expect(await page.locator('#programme-id').textContent()).toBe('ПР-0001, мероприятий в плане: 2');
    expect(await page.locator('#plan .plan-direction').allTextContents()).toEqual([
      'нормативные правовые',
      'здоровьесбережение',
    ]);
    await screenshot(page, 'mentorship-programme');

    const programme = rows(ws, 'Программы')[0];
    expect(programme).toMatchObject({
      'Пара/группа (ID)': 'ПГ-0001',
      'Описание проблемы': 'Затруднения в планировании и в общении с родителями',
      'Режим работы': 'очный',
      'Расписание встреч': 'по вторникам, 15:00',
    });
    const plan = rows(ws, 'План мероприятий');
    expect(plan.map((e) => [e['№ п/п'], e.Направление, e.Мероприятие, e.Выполнено])).toEqual([
      ['1', 'нормативные правовые', '=HYPERLINK("http://evil")', 'FALSE'],
      ['2', 'здоровьесбережение', 'Организация режимных моментов и прогулки', 'TRUE'],
    ]);
    const sheet = ws.spreadsheet.active.getSheetByName('План мероприятий');
    expect(sheet?.getRange(2, 5).getFormula()).toBe('');

    // Extension: a new end date, later than the old one.
    await changeStatus(page, 'продлена', () => page.fill('#newEndDate', '2026-08-31'));
    expect(rows(ws, 'Пары и группы')[0]).toMatchObject({
      Статус: 'продлена',
      'Окончание (план)': '31.08.2026',
    });
    // The programme is extended with the pair, and the section shows it.
    expect(rows(ws, 'Программы')[0]['Продлена до']).toBe('31.08.2026');
    expect(await page.inputValue('#extendedUntil')).toBe('2026-08-31');
    expect(await page.locator('#programme-status').textContent()).toBe(
      'Программа продлена до 31.08.2026, как пара.',
    );
    await page.click('#save-programme');
    await page.locator('#programme-status.ok').waitFor();
    expect(rows(ws, 'Программы')[0]['Продлена до']).toBe('31.08.2026');
    await screenshot(page, 'mentorship-extended');
  });

  it('asks for the reason of an early end, then ends the pair with it', async () => {
    const ws = setUp();
    const { page } = await openSidebar(browser, ws, 'mentorship');
    await idle(page);
    await createPair(page);
    // The pair's own data, folded under the status: the planned end moves, the note is written as text.
    await page.locator('#details summary').click();
    await page.fill('#pairEnd', '2026-06-30');
    await page.fill('#pairNote', '=HYPERLINK("http://evil")');
    await page.click('#save-details');
    await page.locator('#status.ok').waitFor();
    expect(rows(ws, 'Пары и группы')[0]).toMatchObject({
      'Окончание (план)': '30.06.2026',
      Примечание: '=HYPERLINK("http://evil")',
    });
    await changeStatus(page, 'утверждена');
    await changeStatus(page, 'идёт');
    await page.selectOption('#nextStatus', 'прекращена досрочно');
    await page.click('#change');
    expect(await page.locator('#reason-error').textContent()).toBe('Обязательное поле');
    await screenshot(page, 'mentorship-early-end');
    await changeStatus(page, 'прекращена досрочно', () =>
      page.selectOption('#reason', 'по инициативе наставляемого (уважительные обстоятельства)'),
    );
    expect(rows(ws, 'Пары и группы')[0]).toMatchObject({
      Статус: 'прекращена досрочно',
      'Причина досрочного завершения': 'по инициативе наставляемого (уважительные обстоятельства)',
    });
    expect(await page.locator('#body').textContent()).toContain(
      'Статус «прекращена досрочно» окончательный.',
    );
  });

  it('refuses a group without the kind «в группе» inline and a mentee without consent from the server, then makes it', async () => {
    const ws = setUp();
    ws.html.invoke('updateMentee', [{ id: 'НЯ-0002', consent: false }]);
    const { page } = await openSidebar(browser, ws, 'mentorship');
    await idle(page);
    await page.selectOption('#mentorId', 'НК-0001');
    await page.locator('#menteeIds').getByText('Ольга').click();
    await page.locator('#menteeIds').getByText('Орлова').click();
    await page.locator('#kinds').getByText('в группе').click(); // untick what the form offered
    await page.locator('#kinds').getByText('виртуальное (дистанционное)').click();
    await page.click('#create');
    expect(await page.locator('#kinds-error').textContent()).toBe('Для группы отметьте вид «в группе»');
    await page.locator('#kinds').getByText('в группе').click();
    await page.click('#create');
    await page.locator('#create-status.error').waitFor();
    expect(await page.locator('#create-status').textContent()).toMatch(
      /^Нет согласия на обработку персональных данных: Орлова Дарья \(НЯ-0002\)/,
    );
    expect(rows(ws, 'Пары и группы')).toHaveLength(0);
    await screenshot(page, 'mentorship-refused');

    // Once the consent is in the bank, the same form makes the group.
    expect(ws.html.invoke('updateMentee', [{ id: 'НЯ-0002', consent: true }]).ok).toBe(true);
    await page.click('#create');
    await page.locator('#card').waitFor();
    // (The refused attempt used up ПГ-0001: createMentorship issues the ID before its checks.)
    expect(await page.locator('#card .card-title').textContent()).toMatch(/^Группа ПГ-\d{4} проект$/);
    expect(rows(ws, 'Пары и группы')[0]).toMatchObject({
      'Наставляемые (ID)': 'НЯ-0001; НЯ-0002',
      'Виды наставничества': 'в группе; виртуальное (дистанционное)',
    });
  });

  it("refuses a programme's term with the server's message and saves nothing, then saves the corrected one", async () => {
    const ws = setUp();
    const { page } = await openSidebar(browser, ws, 'mentorship');
    await idle(page);
    await createPair(page);
    await page.locator('#programme-id:has-text("Программы ещё нет")').waitFor();
    const refused = async (start: string, end: string): Promise<string | null> => {
      await page.fill('#programme #startDate', start);
      await page.fill('#programme #endDate', end);
      await page.click('#save-programme');
      await page.locator('#programme-status.error').waitFor();
      await idle(page);
      return page.locator('#programme-status').textContent();
    };
    expect(await refused('2025-09-01', '2025-08-31')).toBe(
      'Окончание программы (31.08.2025) раньше её начала (01.09.2025).',
    );
    expect(await refused('2025-09-01', '2025-11-29')).toBe(
      'Программа короче 3 месяцев: с 01.09.2025 по 29.11.2025. Укажите окончание не раньше 30.11.2025.',
    );
    expect(await refused('2025-09-01', '2026-09-02')).toBe(
      'Программа длиннее 1 года: с 01.09.2025 по 02.09.2026. Укажите окончание не позже 01.09.2026 ' +
        'или оформите продление в столбце «Продлена до».',
    );
    // The dates the message quotes are marked; «Продлена до», which it only suggests, is not.
    expect(await page.locator('#endDate-error').textContent()).toBe('Проверьте срок: см. сообщение ниже');
    expect(await page.locator('#extendedUntil-error').isVisible()).toBe(false);
    await screenshot(page, 'mentorship-programme-term');
    expect(rows(ws, 'Программы')).toHaveLength(0);

    // Three months to the day is fine, and the refused attempts used up no programme ID.
    await page.fill('#programme #endDate', '2025-11-30');
    await page.click('#save-programme');
    await page.locator('#programme-status.ok').waitFor();
    expect(await page.locator('#programme-id').textContent()).toBe('ПР-0001, мероприятий в плане: 0');
    expect(rows(ws, 'Программы')[0]).toMatchObject({ Начало: '01.09.2025', Окончание: '30.11.2025' });
  });

  it('opens on the pair of the row the curator is on, in «Пары и группы» or «Программы»', async () => {
    const ws = setUp();
    const pair = { mentorId: 'НК-0001', menteeIds: ['НЯ-0002'], form: 'педагог – педагог' };
    const kinds = ['традиционное (один на один)'];
    expect(ws.html.invoke('createMentorship', [{ ...pair, kinds }]).ok).toBe(true);
    expect(ws.html.invoke('createMentorship', [{ ...pair, menteeIds: ['НЯ-0001'], kinds }]).ok).toBe(true);
    ws.spreadsheet.select('Пары и группы!D3');
    const { page } = await openSidebar(browser, ws, 'mentorship');
    await page.locator('#card').waitFor();
    expect(await page.inputValue('#mentorship')).toBe('ПГ-0002');
    ws.spreadsheet.select('Наставники!A1');
    const other = await openSidebar(browser, ws, 'mentorship');
    await other.page.locator('#create').waitFor();
    expect(await other.page.inputValue('#mentorship')).toBe('');
  });
});
