import { GasObject } from '../core/gas-object';
import type { Runtime } from '../core/runtime';
import { gas } from './types';

type GRichText = GoogleAppsScript.Spreadsheet.RichTextValue;
type GRichTextBuilder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;

/** Rich text as the emulator keeps it: the text and at most one link over all of it. */
export interface RichText {
  text: string;
  link: string | null;
}

/** `SpreadsheetApp.newRichTextValue()`: text plus a whole-text link; text styles are not modelled. */
export class FakeRichTextValueBuilder extends GasObject implements Partial<GRichTextBuilder> {
  constructor(
    rt: Runtime,
    readonly _value: RichText = { text: '', link: null },
  ) {
    super(rt, 'SpreadsheetApp', 'RichTextValueBuilder');
  }
  setText(text: string): GRichTextBuilder {
    this._value.text = text;
    return gas(this);
  }
  /** `setLinkUrl(url)` or `setLinkUrl(start, end, url)`; only a link over the whole text is modelled. */
  setLinkUrl(...args: unknown[]): GRichTextBuilder {
    if (args.length === 3) {
      const [start, end, url] = args as [number, number, string | null];
      if (start !== 0 || end !== this._value.text.length) {
        throw new Error('emulator: links over part of a cell are not implemented');
      }
      this._value.link = url;
    } else this._value.link = (args[0] as string | null) ?? null;
    return gas(this);
  }
  build(): GRichText {
    return gas(new FakeRichTextValue(this._rt, { ...this._value }));
  }
}

/** A built rich-text value. */
export class FakeRichTextValue extends GasObject implements Partial<GRichText> {
  constructor(
    rt: Runtime,
    readonly _value: RichText,
  ) {
    super(rt, 'SpreadsheetApp', 'RichTextValue');
  }
  getText(): string {
    return this._value.text;
  }
  getLinkUrl(): string | null {
    return this._value.link;
  }
  getStartIndex(): number {
    return 0;
  }
  getEndIndex(): number {
    return this._value.text.length;
  }
  getRuns(): GRichText[] {
    return [gas(this)];
  }
  copy(): GRichTextBuilder {
    return gas(new FakeRichTextValueBuilder(this._rt, { ...this._value }));
  }
}

/** The rich text inside a value the script passes in. */
export function richTextOf(value: GRichText): RichText {
  const v = (value as unknown as Partial<FakeRichTextValue>)._value;
  if (!v) throw new Error('emulator: not a RichTextValue built by SpreadsheetApp.newRichTextValue()');
  return { ...v };
}
