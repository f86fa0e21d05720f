import type { Capability } from '../core/runtime';
import type { Workspace } from '../workspace';
import { emptyPlatformState, type PlatformState, type ScopedStores, type StoreScope } from './state';

/** The document id used when the spreadsheet module cannot tell which document is active. */
export const FALLBACK_DOCUMENT_ID = 'active-document';

/**
 * What script-storage services (Properties, Cache, Lock, Session's time zone) need from the auth mode: the §2.1
 * table allows Properties everywhere but NONE, and the emulator groups the other storage services with it
 * (LIMITED allows "services that don't access user data").
 */
export const STORAGE: Capability = 'properties';

/** Settings a test may change on `ws.platform`. */
export interface PlatformConfig {
  /** Whether the script runs as a published editor add-on (the §2.4 trigger rules apply). */
  isAddon: boolean;
  /** Email recipients per day (§0: 100 consumer, 1,500 Workspace). */
  mailDailyQuota: number;
  /** Total trigger runtime per user per day (§0: 90 min consumer, 6 h Workspace). */
  triggerRuntimeDailyMs: number;
  /** What `getAuthorizationInfo(...).getAuthorizationStatus()` answers. */
  authorizationStatus: 'REQUIRED' | 'NOT_REQUIRED';
  /** Locale for month and day names in `Utilities.formatDate` ([UNVERIFIED] see date-format.ts). */
  dateLocale: 'ru' | 'en';
}

/** State and helpers every platform service shares; `state` is replaced wholesale by `restore`. */
export class PlatformContext {
  state: PlatformState = emptyPlatformState();
  readonly config: PlatformConfig = {
    isAddon: true,
    mailDailyQuota: 100,
    triggerRuntimeDailyMs: 90 * 60 * 1000,
    authorizationStatus: 'NOT_REQUIRED',
    dateLocale: 'ru',
  };
  /** The user a run belongs to when Apps Script hides the active user's email (§6.7). */
  readonly defaultUser: string;

  constructor(readonly ws: Workspace) {
    this.defaultUser = ws.rt.activeUser;
  }

  get rt(): Workspace['rt'] {
    return this.ws.rt;
  }

  /** The user whose account runs the code: the active user, or the default one when the email is hidden. */
  user(): string {
    return this.rt.activeUser || this.defaultUser;
  }

  /**
   * The id of the document the add-on runs in. The spreadsheet module may expose `active` with `getId()`;
   * until it does (or when it throws), one fallback document stands for it.
   */
  documentId(): string {
    const spreadsheet = (
      this.ws as unknown as { spreadsheet?: { active?: { getId?: () => unknown } | null } }
    ).spreadsheet;
    try {
      const active = spreadsheet?.active;
      const id =
        active && typeof active.getId === 'function' ? this.rt.internal(() => active.getId?.()) : null;
      return typeof id === 'string' && id ? id : FALLBACK_DOCUMENT_ID;
    } catch {
      return FALLBACK_DOCUMENT_ID;
    }
  }

  /** The scope's store in a `ScopedStores`, created empty on first use. */
  scoped<T>(stores: ScopedStores<T>, scope: StoreScope, make: () => T): T {
    if (scope === 'script') return stores.script;
    const owner = scope === 'user' ? this.user() : this.documentId();
    const map = stores[scope];
    if (!Object.prototype.hasOwnProperty.call(map, owner)) map[owner] = make();
    return map[owner];
  }

  /** The current time as ISO text, for records. */
  iso(ms: number = this.rt.now): string {
    return new Date(ms).toISOString();
  }
}

/** An error as Apps Script raises it: the log shows `Exception: <message>`. */
export function gasError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** Size of a string in UTF-8 bytes, as storage limits count it. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
