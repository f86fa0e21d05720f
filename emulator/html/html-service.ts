import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GasObject } from '../core/gas-object';
import type { Workspace } from '../workspace';
import { HtmlOutput, newOutputState, SandboxMode, XFrameOptionsMode } from './html-output';
import { newTemplate } from './html-template';

type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GasHtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

/** An Apps Script exception as scripts see it: `name` Exception, printed `Exception: message`. */
export function gasError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** `HtmlService` (§3.1): pages from strings or from the project's HTML files, and templates. */
export class HtmlServiceFacade extends GasObject implements Partial<GoogleAppsScript.HTML.HtmlService> {
  readonly SandboxMode = SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;

  constructor(
    private readonly _ws: Workspace,
    private readonly _filesDir: () => string,
  ) {
    super(_ws.rt, 'HtmlService', 'HtmlService');
  }

  /**
   * §3.1 says this throws on malformed HTML; the emulator does not parse HTML, so it never does (a browser test
   * of the built sidebar is where broken markup shows). A Blob source is not emulated.
   */
  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GasHtmlOutput {
    if (html !== undefined && typeof html !== 'string') {
      throw new Error('not implemented: HtmlService.createHtmlOutput(BlobSource)');
    }
    return this._output(html ?? '');
  }

  createHtmlOutputFromFile(filename: string): GasHtmlOutput {
    return this._output(this._readFile(filename));
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): GasHtmlTemplate {
    if (typeof html !== 'string') throw new Error('not implemented: HtmlService.createTemplate(BlobSource)');
    return newTemplate(this._ws, html, (content) => this._output(content));
  }

  createTemplateFromFile(filename: string): GasHtmlTemplate {
    return newTemplate(this._ws, this._readFile(filename), (content) => this._output(content));
  }

  /** @internal */
  _output(content: string): GasHtmlOutput {
    const toTemplate = (source: string): GasHtmlTemplate => this.createTemplate(source);
    return new HtmlOutput(this._ws.rt, newOutputState(content), toTemplate) as unknown as GasHtmlOutput;
  }

  /** The project's HTML file `name` (with or without `.html`), as the build wrote it to the files folder. */
  private _readFile(filename: string): string {
    const name = String(filename);
    const file = path.join(this._filesDir(), name.endsWith('.html') ? name : `${name}.html`);
    // [FIELD: Launch201/DonationTracker#18, RayBB/easy-gmail-scheduler#4] `Exception: No HTML file named index was found.`
    if (!existsSync(file)) throw gasError(`No HTML file named ${name} was found.`);
    return readFileSync(file, 'utf8');
  }
}
