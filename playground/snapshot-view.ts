import type { PlatformState } from '../emulator/platform/state';
import type { WorkspaceSnapshot } from '../emulator/workspace';
import { chartsOf } from './chart-view';
import { documentsOf, platformState, uiOf } from './emulator-adapter';
import { formsOf } from './forms-and-triggers';
import { menuItems, menusOf } from './menus';
import type { StepResult } from './scenario';
import type { ScriptHost } from './script-host';
import { workbookView } from './workbook-view';

/** What `npm run scenario` writes: the Workspace as a person would check it, and the raw state to start from. */
export interface ScenarioSnapshot {
  format: 'nastavnik-scenario/1';
  now: string;
  /** Every menu item as «Menu › Item». */
  menu: string[];
  steps: StepResult[];
  sheets: Array<{
    name: string;
    frozenRows: number;
    values: string[][];
    charts: Array<{ type: string; title: string; ranges: string[] }>;
  }>;
  documents: Array<{ id: string; name: string; text: string }>;
  forms: Array<{
    id: string;
    title: string;
    questions: string[];
    responses: Array<{ timestamp: string | null; email: string; answers: Record<string, unknown> }>;
  }>;
  outbox: PlatformState['outbox'];
  triggers: PlatformState['triggers'];
  executions: PlatformState['executions'];
  ui: { sidebar: string | null; dialog: string | null; toasts: unknown[]; alerts: unknown[] };
  /** The full emulator state: give this file as a scenario's "start" to continue from here. */
  workspace: WorkspaceSnapshot;
}

/** Builds the snapshot of a host after a scenario's steps. */
export function scenarioSnapshot(host: ScriptHost, steps: StepResult[]): ScenarioSnapshot {
  const ws = host.ws;
  const ui = uiOf(ws);
  const platform = platformState(ws);
  return {
    format: 'nastavnik-scenario/1',
    now: new Date(ws.rt.now).toISOString(),
    menu: menuItems(menusOf(ws)).map((item) => item.path.join(' › ')),
    steps,
    sheets: workbookView(ws, { full: true }).sheets.map((s) => ({
      name: s.name,
      frozenRows: s.frozenRows,
      values: s.rows.map((row) => row.map((cell) => cell.text)),
      charts: chartsOf(ws, s.name).map(({ type, title, ranges }) => ({ type, title, ranges })),
    })),
    documents: documentsOf(ws).map((d) => ({
      id: d.id,
      name: d.name,
      text: ws.docs.exportText(d.id),
    })),
    forms: formsOf(ws).map((f) => {
      const titles = new Map(f.items.map((i) => [i.id, i.title]));
      return {
        id: f.id,
        title: f.title || f.fileName,
        questions: f.items.map((i) => i.title),
        responses: f.responses.map((r) => ({
          timestamp: r.timestamp === null ? null : new Date(r.timestamp).toISOString(),
          email: r.email,
          answers: Object.fromEntries(
            r.answers.map((a) => [titles.get(a.itemId) ?? String(a.itemId), a.value]),
          ),
        })),
      };
    }),
    outbox: platform.outbox,
    triggers: platform.triggers,
    executions: platform.executions,
    ui: {
      sidebar: ui?.sidebar?.title ?? null,
      dialog: ui?.dialog?.title ?? null,
      toasts: ui?.toasts ?? [],
      alerts: ui?.alerts ?? [],
    },
    workspace: ws.snapshot(),
  };
}
