/** A property store: key → string value. */
export type PropertyMap = Record<string, string>;

/** One cached value and the epoch millisecond it expires at. */
export interface CacheEntry {
  value: string;
  expiresAt: number;
}

/** Which store of a scoped service: shared by the script, per user, or per document. */
export type StoreScope = 'script' | 'user' | 'document';

/** Stores of one service, keyed by scope: the script store, one per user email, one per document id. */
export interface ScopedStores<T> {
  script: T;
  user: Record<string, T>;
  document: Record<string, T>;
}

/** The event types installable triggers listen to (`ScriptApp.EventType` names). */
export type TriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

/** When a time-driven trigger runs: once at a time, or every `intervalMs` from `next`. */
export type ClockSchedule =
  { kind: 'once'; at: number; fired: boolean } | { kind: 'recurring'; intervalMs: number; next: number };

/** An installed trigger as plain data. */
export interface TriggerState {
  uid: string;
  handler: string;
  eventType: TriggerEventType;
  /** `ScriptApp.TriggerSource` name. */
  source: 'CLOCK' | 'SPREADSHEETS' | 'FORMS';
  /** The spreadsheet or form id; null for time-driven triggers. */
  sourceId: string | null;
  /** Email of the user who created it: triggers run as their creator (§2.4). */
  owner: string;
  /** The document the add-on was used in when the trigger was made (the one-per-type rule's scope). */
  documentId: string;
  clock?: ClockSchedule;
}

/** One message MailApp "sent". */
export interface OutboxMessage {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  /** ISO time it was sent. */
  at: string;
}

/** What a user has used of a daily quota in the current 24-hour window (§0). */
export interface QuotaWindow {
  start: number;
  used: number;
}

/** One run of a trigger handler, as the Executions page shows it. */
export interface ExecutionRecord {
  function: string;
  triggerUid: string;
  eventType: TriggerEventType;
  start: string;
  end: string;
  status: 'completed' | 'failed' | 'timed out';
  error: string | null;
}

/** One line of the execution log (Logger.log and console.*). */
export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
  at: string;
}

/** Which lock: script-wide, per user, per document. */
export type LockKind = StoreScope;

/** A lock held by a simulated other execution; `releaseAt` null means it never lets go on its own. */
export interface OtherHolder {
  key: string;
  releaseAt: number | null;
}

/** The whole platform area as plain JSON. */
export interface PlatformState {
  properties: ScopedStores<PropertyMap>;
  cache: ScopedStores<Record<string, CacheEntry>>;
  triggers: TriggerState[];
  nextTriggerId: number;
  outbox: OutboxMessage[];
  mailQuota: Record<string, QuotaWindow>;
  /** Milliseconds of trigger runtime each user used in the current 24-hour window (§0: 90 min consumer). */
  triggerRuntime: Record<string, QuotaWindow>;
  executions: ExecutionRecord[];
  log: LogEntry[];
  otherLocks: OtherHolder[];
}

/** A platform area with nothing stored. */
export function emptyPlatformState(): PlatformState {
  return {
    properties: { script: {}, user: {}, document: {} },
    cache: { script: {}, user: {}, document: {} },
    triggers: [],
    nextTriggerId: 1,
    outbox: [],
    mailQuota: {},
    triggerRuntime: {},
    executions: [],
    log: [],
    otherLocks: [],
  };
}
