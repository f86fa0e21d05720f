/** A kindergarten's banks for the matching sidebars, filled through the add-on's own endpoints. */
import { Workspace } from '../../emulator/workspace';
import { loadBundle } from '../../emulator/script-loader';
import { menteeInput, mentorInput } from '../gas/registry-fixture';
import type { Page } from 'playwright-core';

/** A mentor's surname that is markup: the sidebars must show it as text. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

/** Calls a server function as google.script.run would; throws the server's message on failure. */
export function invoke<T>(ws: Workspace, fn: string, ...args: unknown[]): T {
  const result = ws.html.invoke(fn, args) as { ok: boolean; value?: unknown; error?: { message?: string } };
  if (!result.ok) throw new Error(`${fn}: ${JSON.stringify(result)}`);
  return result.value as T;
}

/** IDs of the people of the fixture, by surname. */
export type People = Record<string, string>;

/** A set-up workbook with mentors (one without consent, one full, one hostile) and mentees waiting or paired. */
export function matchingWorkbook(): { ws: Workspace; people: People } {
  const ws = new Workspace();
  loadBundle(ws);
  ws.call('setupWorkbook', [], { kind: 'menu' });
  const people: People = {};
  // No consent date: a Date written from the bundle's vm realm lands in the emulated sheet as text (see
  // test/browser/person.test.ts), and the row would then be left out as unreadable.
  const mentor = (o: Record<string, unknown>) => {
    const { consentDate: _date, ...input } = mentorInput(o);
    people[String(o.surname)] = invoke<{ id: string }>(ws, 'addMentor', input).id;
  };
  const mentee = (o: Record<string, unknown>) => {
    people[String(o.surname)] = invoke<{ id: string }>(ws, 'addMentee', menteeInput(o)).id;
  };
  mentor({
    surname: 'Иванова',
    competencies: ['методические', 'ИКТ-компетенции, цифровизация'],
    capacity: 3,
    timeResource: '1–2 часа в неделю',
    interests: 'театр, экология',
  });
  mentor({
    surname: 'Кузнецова',
    firstName: 'Светлана',
    patronymic: 'Игоревна',
    position: 'учитель-логопед',
    experienceYears: 20,
    qualification: 'педагог-наставник',
    competencies: ['психолого-педагогические', 'предметно-профессиональные'],
  });
  mentor({
    surname: HOSTILE,
    firstName: 'Анна',
    patronymic: '',
    competencies: ['методические'],
    capacity: 1,
  });
  mentor({ surname: 'Петрова', firstName: 'Ольга', consent: false });
  mentor({ surname: 'Сидорова', firstName: 'Елена', capacity: 1 });
  mentee({
    surname: 'Смирнова',
    requests: ['методические', 'ИКТ-компетенции, цифровизация'],
    experienceYears: 0,
  });
  mentee({
    surname: 'Орлова',
    firstName: 'Анна',
    requests: ['методические', 'ИКТ-компетенции, цифровизация'],
  });
  mentee({
    surname: 'Новикова',
    firstName: 'Дарья',
    position: 'учитель-логопед',
    requests: ['психолого-педагогические'],
    experienceYears: 1,
  });
  mentee({ surname: 'Белова', firstName: 'Юлия', consent: false });
  mentee({ surname: 'Фёдорова', firstName: 'Ирина' });
  invoke(ws, 'createMentorship', {
    mentorId: people['Сидорова'],
    menteeIds: [people['Фёдорова']],
    form: 'педагог – педагог',
    kinds: ['традиционное (один на один)'],
  });
  return { ws, people };
}

/** Rows of «Пары и группы» as [mentor ID, mentee IDs, status]. */
export function pairRows(ws: Workspace): string[][] {
  const [header, ...rows] = ws.spreadsheet.displayValues('Пары и группы');
  const col = (name: string) => header.findIndex((h) => h.startsWith(name));
  const [mentor, mentees, status] = [col('Наставник'), col('Наставляем'), col('Статус')];
  return rows.map((r) => [r[mentor], r[mentees], r[status]]);
}

/** Waits until the sidebar's call has finished. */
export async function settled(page: Page): Promise<void> {
  // 'attached', not the default 'visible': an empty status line may have no height at all.
  await page.locator('#app:not([aria-busy])').waitFor({ state: 'attached' });
  await page
    .locator('#status:not(:has-text("Загрузка")):not(:has-text("Подбираем"))')
    .waitFor({ state: 'attached' });
}
