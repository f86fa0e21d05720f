import { GasObject } from '../core/gas-object';
import type { Runtime } from '../core/runtime';
import { escapeHtml } from './escape';

type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

/** `HtmlService.SandboxMode`: kept for old code; every mode means IFRAME now (§3.2). */
export enum SandboxMode {
  EMULATED = 'EMULATED',
  IFRAME = 'IFRAME',
  NATIVE = 'NATIVE',
}

/** `HtmlService.XFrameOptionsMode` (§3.2). */
export enum XFrameOptionsMode {
  ALLOWALL = 'ALLOWALL',
  DEFAULT = 'DEFAULT',
}

/** The plain state of one HtmlOutput: what a sidebar or dialog shows. */
export interface HtmlOutputState {
  content: string;
  title: string;
  width: number;
  height: number;
  xFrameOptionsMode: XFrameOptionsMode;
  metaTags: Array<{ name: string; content: string }>;
  faviconUrl: string | null;
}

/**
 * [UNVERIFIED] The size an HtmlOutput reports before setWidth/setHeight: the reference does not say. Sidebars are
 * 300 px wide whatever is set (§1.11).
 */
export const DEFAULT_WIDTH = 600;
export const DEFAULT_HEIGHT = 400;

/** Builds the state of new output holding `content`. */
export function newOutputState(content: string): HtmlOutputState {
  return {
    content,
    title: '',
    width: DEFAULT_WIDTH,
    height: DEFAULT_HEIGHT,
    xFrameOptionsMode: XFrameOptionsMode.DEFAULT,
    metaTags: [],
    faviconUrl: null,
  };
}

/** `HtmlOutput`: the page a script hands to showSidebar / showModalDialog (§3.1, §3.2). */
export class HtmlOutput extends GasObject implements Partial<GasHtmlOutput> {
  constructor(
    rt: Runtime,
    readonly _state: HtmlOutputState,
    private readonly _asTemplate: (content: string) => GoogleAppsScript.HTML.HtmlTemplate,
  ) {
    super(rt, 'HtmlService', 'HtmlOutput');
  }

  getContent(): string {
    return this._state.content;
  }

  setContent(content: string): GasHtmlOutput {
    this._state.content = String(content);
    return this._self();
  }

  append(addedContent: string): GasHtmlOutput {
    this._state.content += String(addedContent);
    return this._self();
  }

  /** Appends text escaped as HTML, so people's text shows as text. */
  appendUntrusted(addedContent: string): GasHtmlOutput {
    this._state.content += escapeHtml(String(addedContent));
    return this._self();
  }

  clear(): GasHtmlOutput {
    this._state.content = '';
    return this._self();
  }

  getTitle(): string {
    return this._state.title;
  }

  /** The page title; `showSidebar`'s and the dialogs' own title argument wins over it (§1.11). */
  setTitle(title: string): GasHtmlOutput {
    this._state.title = String(title);
    return this._self();
  }

  getWidth(): number {
    return this._state.width;
  }

  setWidth(width: number): GasHtmlOutput {
    this._state.width = Math.trunc(width);
    return this._self();
  }

  getHeight(): number {
    return this._state.height;
  }

  setHeight(height: number): GasHtmlOutput {
    this._state.height = Math.trunc(height);
    return this._self();
  }

  /** Has no effect: all scripts use IFRAME mode now (§3.2). */
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): GasHtmlOutput {
    return this._self();
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GasHtmlOutput {
    this._state.xFrameOptionsMode = String(mode) as XFrameOptionsMode;
    return this._self();
  }

  addMetaTag(name: string, content: string): GasHtmlOutput {
    this._state.metaTags.push({ name: String(name), content: String(content) });
    return this._self();
  }

  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this._state.metaTags.map(
      (tag) =>
        ({
          getName: () => tag.name,
          getContent: () => tag.content,
        }) as GoogleAppsScript.HTML.HtmlOutputMetaTag,
    );
  }

  setFaviconUrl(iconUrl: string): GasHtmlOutput {
    this._state.faviconUrl = String(iconUrl);
    return this._self();
  }

  getFaviconUrl(): string {
    return this._state.faviconUrl ?? '';
  }

  /** A template whose source is this output's content. */
  asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    return this._asTemplate(this._state.content);
  }

  private _self(): GasHtmlOutput {
    return this as unknown as GasHtmlOutput;
  }
}
