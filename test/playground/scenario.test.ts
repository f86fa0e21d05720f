import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runScenarioData, runScenarioFile } from '../../playground/run-scenario';
import { compileScript } from '../../emulator/script-loader';
import { DIST } from '../../emulator/script-loader';

const EXAMPLE = path.join(__dirname, '..', '..', 'playground', 'examples', 'first-steps.json');

describe('the scenario runner', () => {
  const snapshot = runScenarioFile(compileScript(DIST), EXAMPLE);

  it('shows the menu onOpen built, item by item', () => {
    expect(snapshot.menu).toEqual(
      expect.arrayContaining(['Наставничество › Настроить таблицу', 'Наставничество › О программе']),
    );
  });

  it('writes the sheets as they display: the mentor added from the sidebar is a row of «Наставники»', () => {
    const mentors = snapshot.sheets.find((s) => s.name === 'Наставники');
    expect(mentors?.frozenRows).toBe(1);
    expect(mentors?.values[0].slice(0, 4)).toEqual(['ID', 'Фамилия', 'Имя', 'Отчество']);
    expect(mentors?.values.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['НК-0001', 'Соколова', 'Ирина', 'Викторовна'],
    ]);
  });

  it('reports the add-on’s own error in Russian, as the sidebar would show it', () => {
    const rejected = snapshot.steps[3];
    expect(rejected.ok).toBe(false);
    expect(rejected.error).toMatch(/«Фамилия»: не заполнено/);
  });

  it('answers a prompt with the scripted answer and records it', () => {
    expect(snapshot.ui.alerts).toEqual([
      expect.objectContaining({ kind: 'prompt', title: 'Отзыв согласия', answer: { button: 'CANCEL' } }),
    ]);
  });

  it('runs every step of the README example as the example expects', () => {
    expect(snapshot.steps.filter((s) => !s.asExpected)).toEqual([]);
  });

  it('opens the sidebar a menu item asks for, and answers its google.script.run call', () => {
    expect(snapshot.ui.sidebar).toBe('О программе');
    const about = snapshot.steps.find((s) => 'call' in s.do && s.do.call === 'loadAboutSidebar');
    expect(about?.result).toMatchObject({ product: 'Наставник', workbook: 'Реестр наставничества' });
    expect(snapshot.ui.toasts.map((t) => (t as { title: string }).title)).toContain('Настройка таблицы');
  });

  it('reports a failing step in Russian and goes on with the next one', () => {
    const missing = snapshot.steps.find((s) => 'menu' in s.do && s.do.menu === 'Пункт, которого нет');
    expect(missing?.ok).toBe(false);
    expect(missing?.error).toMatch(/В меню нет пункта «Пункт, которого нет»/);
    expect(snapshot.steps[snapshot.steps.length - 1].ok).toBe(true);
  });

  it('keeps google.script.run rules: a private function cannot be called from a sidebar', () => {
    const privateCall = snapshot.steps.find((s) => 'call' in s.do && s.do.call === 'loadAboutSidebar_');
    expect(privateCall?.error).toMatch(/not found/);
  });

  it('writes the sheets with their display values and the raw Workspace to start from', () => {
    expect(snapshot.sheets.map((s) => s.name).length).toBeGreaterThan(0);
    expect(snapshot.workspace.version).toBe(1);
    expect(snapshot.now).toBe('2025-09-01T09:00:00.000Z');
    expect(JSON.stringify(snapshot.sheets)).toContain('01.09.2025');
  });
});

describe('a scenario that starts where another stopped', () => {
  it('loads the snapshot file named in "start" (relative to the scenario) and goes on from there', () => {
    const compiled = compileScript(DIST);
    const first = runScenarioFile(compiled, EXAMPLE);
    const dir = mkdtempSync(path.join(tmpdir(), 'nastavnik-scenario-'));
    writeFileSync(path.join(dir, 'after-first.json'), JSON.stringify(first));
    const next = runScenarioData(
      compiled,
      { start: 'after-first.json', steps: [{ call: 'loadMentorSidebar', as: 'sidebar' }] },
      dir,
    );
    expect(next.steps[0].result).toMatchObject({
      items: [expect.objectContaining({ id: 'НК-0001', surname: 'Соколова' })],
    });
    expect(next.now).toBe(first.now);
  });

  it('starts from the demo kindergarten', () => {
    const demo = runScenarioData(
      compileScript(DIST),
      { start: 'demo', steps: [{ open: true }, { menu: 'Проверить данные' }] },
      '.',
    );
    expect(demo.sheets.find((s) => s.name === 'Пары и группы')?.values.length).toBeGreaterThan(2);
    // The one problem is the roadmap's overdue order on the pairs, which the demo's curator has not issued.
    expect(demo.ui.toasts.at(-1)).toMatchObject({
      title: 'Проверка данных',
      message: expect.stringMatching(/^Найдено проблем: 1\./),
    });
  });
});
