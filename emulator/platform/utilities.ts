import { createHash, randomUUID } from 'crypto';
import { GasObject } from '../core/gas-object';
import { gasError, type PlatformContext } from './context';
import { formatDate, parseDate } from './date-format';
import { Charset, DigestAlgorithm } from './enums';
import { formatString } from './format-string';

/** §6.1 [DOC]: the longest `Utilities.sleep`. */
export const SLEEP_LIMIT_MS = 300000;
/** [UNVERIFIED] text when `sleep` is asked for longer. */
export const SLEEP_LIMIT_MESSAGE = 'Argument too large: milliseconds';

const NODE_DIGEST: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Java bytes are signed: Apps Script byte arrays hold −128..127. */
export function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

/** A string or a (signed or unsigned) byte array as a Buffer. */
export function toBuffer(data: string | number[] | Uint8Array): Buffer {
  return typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : Buffer.from(Array.from(data, (b) => b & 0xff));
}

/** `Utilities`: works in every auth mode (§2.1). */
export class UtilitiesFacade extends GasObject implements Partial<GoogleAppsScript.Utilities.Utilities> {
  readonly Charset = Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly DigestAlgorithm = DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;

  constructor(private readonly _ctx: PlatformContext) {
    super(_ctx.rt, 'Utilities', 'Utilities');
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!(date instanceof Date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw gasError(
        `The parameters (${argTypes([date, timeZone, format])}) don't match the method signature for Utilities.formatDate.`,
      );
    }
    return formatDate(date.getTime(), timeZone, format, this._ctx.config.dateLocale);
  }

  parseDate(date: string, timeZone: string, format: string): Date {
    return new Date(parseDate(String(date), timeZone, format, this._ctx.config.dateLocale, this._ctx.rt.now));
  }

  /** RFC 4122 version 4. */
  getUuid(): string {
    return randomUUID();
  }

  /** Moves the emulator clock instead of blocking (§6.1: at most 300,000 ms). */
  sleep(milliseconds: number): void {
    if (milliseconds > SLEEP_LIMIT_MS) throw gasError(SLEEP_LIMIT_MESSAGE);
    this._ctx.rt.advance(Math.max(0, Number(milliseconds) || 0));
  }

  /**
   * §6.8 [DOC] .../utilities/utilities#computeDigest(DigestAlgorithm,String,Charset): a String is encoded in the
   * given Charset first, and in US_ASCII when none is given (§6.8 [LIVE]); US_ASCII turns each non-ASCII character
   * into '?', as Java does. A byte array is digested as is and takes no Charset.
   */
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
    ...extra: unknown[]
  ): number[] {
    const args = [algorithm, value, ...(charset === undefined && !extra.length ? [] : [charset]), ...extra];
    const name = NODE_DIGEST[String(algorithm)];
    const bytes = Array.isArray(value) && charset === undefined;
    const text = typeof value === 'string' && (charset === undefined || String(charset) in Charset);
    if (extra.length > 0 || !name || !(bytes || text)) {
      throw gasError(
        `The parameters (${argTypes(args)}) don't match the method signature for Utilities.computeDigest.`,
      );
    }
    const data = typeof value === 'string' ? encode(value, String(charset ?? 'US_ASCII')) : toBuffer(value);
    return toSignedBytes(createHash(name).update(data).digest());
  }

  base64Encode(data: string | number[]): string {
    return toBuffer(data).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[]): string {
    return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    return toSignedBytes(Buffer.from(encoded, 'base64'));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return toSignedBytes(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }

  /**
   * A Blob of a string (UTF-8) or of bytes. §6.8 [LIVE]: a blob made from a string without a content type reads
   * back `text/plain` (the reference is silent); one made from bytes has none (`null`) until it is set.
   */
  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    const type = contentType ?? (typeof data === 'string' ? 'text/plain' : null);
    const blob = new Blob(this._ctx, toSignedBytes(toBuffer(data)), type, name ?? null);
    return blob as unknown as GoogleAppsScript.Base.Blob;
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, args);
  }
}

/** A string's bytes in a `Utilities.Charset`: UTF-8, or US-ASCII with '?' for each other character (Java's way). */
function encode(text: string, charset: string): Buffer {
  if (charset === 'UTF_8') return Buffer.from(text, 'utf8');
  return Buffer.from(Array.from(text, (ch) => ((ch.codePointAt(0) ?? 0) < 128 ? ch.charCodeAt(0) : 0x3f)));
}

/** `Blob`: bytes with a content type and a name. */
export class Blob extends GasObject implements Partial<GoogleAppsScript.Base.Blob> {
  constructor(
    ctx: PlatformContext,
    private _bytes: number[],
    private _contentType: string | null,
    private _name: string | null,
  ) {
    super(ctx.rt, 'Utilities', 'Blob');
  }

  getBytes(): number[] {
    return [...this._bytes];
  }

  getDataAsString(_charset?: string): string {
    return toBuffer(this._bytes).toString('utf8');
  }

  setDataFromString(text: string): GoogleAppsScript.Base.Blob {
    this._bytes = toSignedBytes(toBuffer(text));
    return this as unknown as GoogleAppsScript.Base.Blob;
  }

  getContentType(): string | null {
    return this._contentType;
  }

  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this._contentType = contentType;
    return this as unknown as GoogleAppsScript.Base.Blob;
  }

  getName(): string | null {
    return this._name;
  }

  setName(name: string): GoogleAppsScript.Base.Blob {
    this._name = name;
    return this as unknown as GoogleAppsScript.Base.Blob;
  }
}

/** `(String,Number)`-style list of argument types, as the platform's signature errors print them. */
function argTypes(args: unknown[]): string {
  return args
    .map((a) =>
      a === null || a === undefined
        ? 'null'
        : a instanceof Date
          ? 'Date'
          : typeof a === 'number'
            ? 'number'
            : typeof a === 'string'
              ? 'String'
              : Array.isArray(a)
                ? 'number[]'
                : 'Object',
    )
    .join(',');
}
