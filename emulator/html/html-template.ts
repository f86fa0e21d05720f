import { GasObject } from '../core/gas-object';
import type { Workspace } from '../workspace';
import { escapeHtml } from './escape';
import { compileTemplate, printValue } from './template-compiler';

type GasHtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type TemplateFunction = (scope: object, print: typeof printValue, out: string[]) => void;

/**
 * `HtmlTemplate` (§3.1, §3.5): properties a script assigns (`t.mentors = list`) are in scope when `evaluate()`
 * runs the scriptlets, together with an `output` object and the loaded script's functions and services.
 */
export class HtmlTemplate extends GasObject implements Partial<GasHtmlTemplate> {
  constructor(
    private readonly _ws: Workspace,
    private readonly _source: string,
    private readonly _toOutput: (content: string) => GoogleAppsScript.HTML.HtmlOutput,
  ) {
    super(_ws.rt, 'HtmlService', 'HtmlTemplate');
  }

  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    const code = compileTemplate(this._source);
    const run = new Function('__scope', '__print', '__out', code) as TemplateFunction;
    const out: string[] = [];
    run(this._scope(out), printValue, out);
    return this._toOutput(out.join(''));
  }

  getRawContent(): string {
    return this._source;
  }

  /** The JS the emulator runs for this template; not the same text as Apps Script's. */
  getCode(): string {
    return compileTemplate(this._source);
  }

  getCodeWithComments(): string {
    return compileTemplate(this._source);
  }

  /** Names resolve to template properties first, then `output`, then the script's functions and globals. */
  private _scope(out: string[]): object {
    const props: Record<string, unknown> = {};
    for (const key of Object.keys(this)) {
      if (!key.startsWith('_')) props[key] = (this as unknown as Record<string, unknown>)[key];
    }
    const output = {
      append: (text: unknown) => out.push(String(text)),
      appendUntrusted: (text: unknown) => out.push(escapeHtml(String(text))),
    };
    const ws = this._ws;
    const globals = ws.globals();
    const lookup = (key: string): { found: boolean; value?: unknown } => {
      if (Object.prototype.hasOwnProperty.call(props, key)) return { found: true, value: props[key] };
      if (key === 'output') return { found: true, value: output };
      const fn = ws.scriptFunction(key);
      if (fn) return { found: true, value: fn };
      if (Object.prototype.hasOwnProperty.call(globals, key)) return { found: true, value: globals[key] };
      return { found: false };
    };
    return new Proxy(
      {},
      {
        has: (_target, key) => typeof key === 'string' && lookup(key).found,
        get: (_target, key) => (typeof key === 'string' ? lookup(key).value : undefined),
        set: (_target, key, value) => {
          if (typeof key === 'string') props[key] = value;
          return true;
        },
      },
    );
  }
}

/** Builds a template facade (used by HtmlService and HtmlOutput.asTemplate). */
export function newTemplate(
  ws: Workspace,
  source: string,
  toOutput: (content: string) => GoogleAppsScript.HTML.HtmlOutput,
): GasHtmlTemplate {
  return new HtmlTemplate(ws, source, toOutput) as unknown as GasHtmlTemplate;
}
