/**
 * A click sent again is one operation: when the answer of «Сохранить» is lost after the server did the work, or
 * the execution was stopped part-way, the person clicks again and the sidebar sends the same operation ID, so the
 * server answers the first result and writes nothing twice; after a refusal (UserError) the next click is a new
 * intent with a new ID (issue 10).
 */
import type { Browser, Page } from 'playwright-core';
import { Workspace } from '../../emulator/workspace';
import { loadBundle } from '../../emulator/script-loader';
import { launchBrowser, openSidebar, screenshot } from '../support/browser';
import { matchingWorkbook, pairRows, settled } from './match-fixture';

/** The page's window with the transport the shim reads at each call (emulator/html/client-shim.ts). */
type Wire = Window & {
  __gasInvoke: (name: string, argsJson: string) => Promise<string>;
  __gasInvokeLoseAnswers?: number;
  __sent?: Array<{ name: string; operationId: unknown }>;
};

/** Records every call the page sends, with the operation ID it carries (the second argument), in `__sent`. */
async function recordCalls(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Wire;
    const send = w.__gasInvoke;
    w.__sent = [];
    w.__gasInvoke = (name, argsJson) => {
      w.__sent?.push({ name, operationId: (JSON.parse(argsJson) as unknown[])[1] });
      return send(name, argsJson);
    };
  });
}

/** The operation IDs the page sent to `name`, in order. */
function sentIds(page: Page, name: string): Promise<unknown[]> {
  return page.evaluate(
    (fn) => ((window as unknown as Wire).__sent ?? []).filter((c) => c.name === fn).map((c) => c.operationId),
    name,
  );
}

/** The connection drops once after the server ran the next call (emulator/html/README.md). */
async function loseNextAnswer(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as Wire).__gasInvokeLoseAnswers = 1;
  });
}

/** The IDs of the operations the workbook has done, as the operation log keeps them in document properties. */
function doneOperations(ws: Workspace): string[] {
  const { PropertiesService } = ws.platform.globals() as {
    PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  };
  const text = ws.rt.internal(() =>
    PropertiesService.getDocumentProperties().getProperty('nastavnik.op.done'),
  );
  return text ? (JSON.parse(text) as string[]) : [];
}

/** What the sidebar says after a lost answer (sidebar/common/status.ts). */
const NO_ANSWER = /^Ответ сервера не получен/;

function workbook(): Workspace {
  const ws = new Workspace();
  loadBundle(ws);
  ws.call('setupWorkbook', [], { kind: 'menu' });
  return ws;
}

function invoke(ws: Workspace, fn: string, input: object): string {
  const result = ws.html.invoke(fn, [input]);
  if (!result.ok) throw new Error(`${fn}: ${result.error.message}`);
  return (result.value as { id: string }).id;
}

/** Rows of a sheet under its header row. */
function dataRows(ws: Workspace, sheet: string): string[][] {
  return ws.spreadsheet.displayValues(sheet).slice(1);
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('[aria-busy]') &&
      !/Загрузка/.test(document.getElementById('status')?.textContent ?? ''),
  );
}

async function fillMentor(page: Page): Promise<void> {
  await page.fill('#surname', 'Петрова');
  await page.fill('#firstName', 'Анна');
  await page.fill('#position', 'старший воспитатель');
  await page.getByLabel('методические').check();
}

describe('«Сохранить» clicked again in Chromium: one operation per intent', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('adds one mentor when the answer of the first click was lost and the curator clicks again', async () => {
    const ws = workbook();
    const { page } = await openSidebar(browser, ws, 'mentor');
    await idle(page);
    await recordCalls(page);
    await fillMentor(page);
    await loseNextAnswer(page);
    await page.click('#save');
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toMatch(NO_ANSWER);
    // The server did it; the page does not know.
    expect(dataRows(ws, 'Наставники')).toHaveLength(1);
    expect(await page.inputValue('#person')).toBe('');
    expect(await page.inputValue('#surname')).toBe('Петрова');
    expect(await page.locator('#save').isEnabled()).toBe(true);
    await screenshot(page, 'mentor-answer-lost');

    await page.click('#save');
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status').textContent()).toBe('Наставник НК-0001 добавлен в банк.');
    expect(await page.locator('#person option:checked').textContent()).toBe('Петрова Анна (НК-0001)');
    expect(await page.locator('#person option').count()).toBe(2);
    const rows = dataRows(ws, 'Наставники');
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, 3)).toEqual(['НК-0001', 'Петрова', 'Анна']);
    expect(dataRows(ws, 'Журнал').filter((r) => r.join(' ').includes('НК-0001'))).toHaveLength(1);
    const [first, retry] = await sentIds(page, 'addMentor');
    expect(retry).toBe(first);
    expect(first).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(doneOperations(ws).filter((id) => id === first)).toHaveLength(1);
    await screenshot(page, 'mentor-retried');
  });

  it('adds one mentor when the first execution was stopped part-way and the curator clicks again', async () => {
    const ws = workbook();
    const { page } = await openSidebar(browser, ws, 'mentor');
    await idle(page);
    await recordCalls(page);
    await fillMentor(page);
    // The 6-minute limit strikes at the first cell write: the operation is recorded, its writes are not all made.
    ws.rt.killAt({ method: 'Range.setValues' });
    await page.click('#save');
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toContain('Действие не успело завершиться');

    await page.click('#save');
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status').textContent()).toBe('Наставник НК-0001 добавлен в банк.');
    expect(dataRows(ws, 'Наставники')).toHaveLength(1);
    const [first, retry] = await sentIds(page, 'addMentor');
    expect(retry).toBe(first);
  });

  it('sends a new operation after a refusal, and after the corrected one is saved', async () => {
    const ws = workbook();
    const person = { position: 'воспитатель', consent: true };
    const mentorId = invoke(ws, 'addMentor', { ...person, surname: 'Иванова', firstName: 'Мария' });
    const menteeId = invoke(ws, 'addMentee', {
      ...person,
      surname: 'Орлова',
      firstName: 'Дарья',
      menteeCategory: 'новый сотрудник',
    });
    invoke(ws, 'createMentorship', {
      mentorId,
      menteeIds: [menteeId],
      form: 'педагог – педагог',
      kinds: ['традиционное (один на один)'],
    });
    const { page } = await openSidebar(browser, ws, 'mentor');
    await idle(page);
    await recordCalls(page);
    await page.selectOption('#person', mentorId);
    await page.fill('#capacity', '0');
    await page.click('#save');
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toContain('указать меньше 1 нельзя');
    // The same request again, refused again: a refusal wrote nothing, so each click is an intent of its own.
    await page.click('#save');
    await page.locator('#status.error').waitFor();
    await page.fill('#capacity', '2');
    await page.click('#save');
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status').textContent()).toBe(`Наставник ${mentorId} сохранён.`);
    const ids = await sentIds(page, 'updateMentor');
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    const done = doneOperations(ws);
    expect(done[done.length - 1]).toBe(ids[2]);
    expect(done).not.toContain(ids[0]);
    expect(done).not.toContain(ids[1]);
  });

  it('creates one pair in «Пара / группа» when the answer was lost and the curator clicks again', async () => {
    const ws = workbook();
    const person = { position: 'воспитатель', consent: true };
    invoke(ws, 'addMentor', { ...person, surname: 'Иванова', firstName: 'Мария', capacity: 3 });
    invoke(ws, 'addMentee', {
      ...person,
      surname: 'Орлова',
      firstName: 'Дарья',
      menteeCategory: 'новый сотрудник',
    });
    const { page } = await openSidebar(browser, ws, 'mentorship');
    await idle(page);
    await recordCalls(page);
    await page.selectOption('#mentorId', 'НК-0001');
    await page.locator('#menteeIds').getByText('Дарья').click();
    await page.fill('#startDate', '2025-09-01');
    await loseNextAnswer(page);
    await page.click('#create');
    await page.locator('#create-status.error').waitFor();
    expect(await page.locator('#create-status').textContent()).toMatch(NO_ANSWER);
    expect(dataRows(ws, 'Пары и группы')).toHaveLength(1);

    await page.click('#create');
    await page.locator('#card').waitFor();
    await idle(page);
    expect(await page.locator('#status').textContent()).toContain('Создан проект ПГ-0001');
    expect(await page.locator('#card').textContent()).toContain('Орлова Дарья');
    expect(await page.locator('#mentorship option').count()).toBe(2);
    expect(dataRows(ws, 'Пары и группы')).toHaveLength(1);
    const [first, retry] = await sentIds(page, 'createMentorship');
    expect(retry).toBe(first);
    expect(doneOperations(ws)).toContain(first);
    await screenshot(page, 'mentorship-retried');
  });

  it('accepts the proposals once in «Подобрать пары для всех» when the answer was lost', async () => {
    const { ws } = matchingWorkbook();
    const { page } = await openSidebar(browser, ws, 'cohort');
    await settled(page);
    await recordCalls(page);
    expect(await page.locator('#create').textContent()).toBe('Создать выбранные (2)');
    await loseNextAnswer(page);
    await page.locator('#create').click();
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#status').textContent()).toMatch(NO_ANSWER);
    expect(pairRows(ws)).toHaveLength(3);
    await screenshot(page, 'cohort-answer-lost');

    await page.locator('#create').click();
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status').textContent()).toBe(
      'Создано (статус «проект»): 2 — ПГ-0002, ПГ-0003. Больше предложить некого.',
    );
    expect(pairRows(ws)).toHaveLength(3);
    expect(await page.locator('#summary').textContent()).toBe(
      'Ждут наставника: 1. Предложено: 0 пар, 0 групп. Без наставника: 1.',
    );
    const [first, retry] = await sentIds(page, 'acceptProposals');
    expect(retry).toBe(first);
    expect(doneOperations(ws)).toContain(first);
    await screenshot(page, 'cohort-retried');
  });
});
