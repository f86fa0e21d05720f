import { GasObject } from '../core/gas-object';
import type { Runtime } from '../core/runtime';

/**
 * A minimal `Blob` for what `getAs` returns. Bytes are UTF-8 of the data, as signed Java bytes (-128..127),
 * the way Apps Script hands them to scripts.
 */
export class Blob extends GasObject implements Partial<GoogleAppsScript.Base.Blob> {
  constructor(
    rt: Runtime,
    private _data: string,
    private _contentType: string,
    private _name: string | null,
  ) {
    super(rt, 'Base', 'Blob');
  }

  getBytes(): number[] {
    return [...Buffer.from(this._data, 'utf8')].map((b) => (b > 127 ? b - 256 : b));
  }

  getDataAsString(): string {
    return this._data;
  }

  getContentType(): string {
    return this._contentType;
  }

  setContentType(contentType: string): never {
    this._contentType = contentType;
    return this as never;
  }

  getName(): string {
    return this._name as string;
  }

  setName(name: string): never {
    this._name = name;
    return this as never;
  }

  isGoogleType(): boolean {
    return false;
  }

  copyBlob(): GoogleAppsScript.Base.Blob {
    return new Blob(
      this._rt,
      this._data,
      this._contentType,
      this._name,
    ) as unknown as GoogleAppsScript.Base.Blob;
  }
}

/** The text of a blob a script passes in (ours, or any object with `getDataAsString`). */
export function blobText(blob: unknown): string {
  const b = blob as { getDataAsString?: () => string } | null;
  if (!b || typeof b.getDataAsString !== 'function') throw new Error('emulator: expected a Blob');
  return b.getDataAsString();
}

/** [DOC, §4.1 File.getAs] The blob name gets the new extension in place of the last one ("a.12.2014" → "a.12.pdf"). */
export function convertedName(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${extension}`;
}
