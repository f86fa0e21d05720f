import type { WorkspaceSnapshot } from '../test/emulator/workspace';
import { runStep, type Step } from './scenario';
import { ScriptHost } from './script-host';
import type { CompiledScript } from './script-loader';

/**
 * The demo kindergarten, built only through the add-on's own functions (menu handlers and sidebar endpoints),
 * never by writing cells behind its back. A step whose function the add-on does not have yet is skipped, so the
 * demo grows as the registry does. People and places are fictional.
 */
export const DEMO_STEPS: Step[] = [
  { open: true, note: 'Куратор открывает таблицу' },
  { call: 'setupWorkbook', as: 'menu', note: 'Настроить таблицу' },
];

/** The function a step needs from the add-on, if any. */
function needs(step: Step): string | null {
  if ('call' in step) return step.call;
  if ('open' in step) return 'onOpen';
  return null;
}

/** Builds the demo workbook on a fresh host; returns its snapshot and what did not work (for the console). */
export function buildDemo(compiled: CompiledScript): { snapshot: WorkspaceSnapshot; problems: string[] } {
  const host = new ScriptHost(compiled);
  const problems: string[] = [];
  for (const step of DEMO_STEPS) {
    const fn = needs(step);
    if (fn && !host.has(fn)) continue;
    const outcome = runStep(host, step);
    if (!outcome.ok) {
      const why = 'question' in outcome ? `вопрос «${outcome.question.prompt}»` : outcome.error.message;
      problems.push(`${step.note ?? JSON.stringify(step)}: ${why}`);
    }
  }
  return { snapshot: host.ws.snapshot(), problems };
}
