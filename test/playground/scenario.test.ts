import path from 'node:path';
import { runScenarioFile } from '../../playground/run-scenario';
import { compileScript } from '../../playground/script-loader';
import { DIST } from '../support/load-bundle';

const EXAMPLE = path.join(__dirname, '..', '..', 'playground', 'examples', 'first-steps.json');

describe('the scenario runner', () => {
  const snapshot = runScenarioFile(compileScript(DIST), EXAMPLE);

  it('shows the menu onOpen built, item by item', () => {
    expect(snapshot.menu).toContain('Наставничество › О программе');
  });

  it('runs every step of the README example as the example expects', () => {
    expect(snapshot.steps.filter((s) => !s.asExpected)).toEqual([]);
  });

  it('opens the sidebar a menu item asks for, and answers its google.script.run call', () => {
    expect(snapshot.ui.sidebar).toBe('О программе');
    const about = snapshot.steps.find((s) => 'call' in s.do && s.do.call === 'getAboutInfo');
    expect(about?.result).toMatchObject({ product: 'Наставник', workbook: 'Реестр наставничества' });
  });

  it('reports a failing step in Russian and goes on with the next one', () => {
    const missing = snapshot.steps.find((s) => 'menu' in s.do && s.do.menu === 'Построить годовой отчёт');
    expect(missing?.ok).toBe(false);
    expect(missing?.error).toMatch(/В меню нет пункта «Построить годовой отчёт»/);
    expect(snapshot.steps[snapshot.steps.length - 1].ok).toBe(true);
  });

  it('keeps google.script.run rules: a private function cannot be called from a sidebar', () => {
    const privateCall = snapshot.steps.find((s) => 'call' in s.do && s.do.call === 'getAboutInfo_');
    expect(privateCall?.error).toMatch(/not found/);
  });

  it('writes the sheets with their display values and the raw Workspace to start from', () => {
    expect(snapshot.sheets.map((s) => s.name).length).toBeGreaterThan(0);
    expect(snapshot.workspace.version).toBe(1);
    expect(snapshot.now).toBe('2025-09-01T09:00:00.000Z');
  });
});
