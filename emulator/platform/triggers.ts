import { GasObject } from '../core/gas-object';
import { gasError, type PlatformContext } from './context';
import type { TriggerState } from './state';

/** §6.4 / §0: triggers per user per script. */
export const TRIGGER_LIMIT = 20;
/** §2.4 [FIELD]. */
export const TOO_MANY_TRIGGERS_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/** §2.4 [FIELD]: a recurring time-driven add-on trigger more often than hourly. */
export const ADDON_RECURRENCE_MESSAGE =
  'The recurrence interval for an Add-on trigger must be at least one hour.';
/** §2.4 rule "one trigger of each type, per user, per document". [UNVERIFIED] text: no live log was found. */
export const ADDON_DUPLICATE_TYPE_MESSAGE =
  'Add-ons can only have one trigger of each type, per user, per document.';
/** §2.4 rule "Add-ons can only create triggers for the file in which the add-on is used". [UNVERIFIED] text. */
export const ADDON_OTHER_FILE_MESSAGE =
  'Add-ons can only create triggers for the file in which the add-on is used.';
/** [UNVERIFIED] text: `everyMinutes(n)` accepts only 1, 5, 10, 15 or 30 (§2.4). */
export const EVERY_MINUTES_MESSAGE = 'The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.';

const HOUR = 3600 * 1000;

/** A trigger about to be created, before the platform's rules are applied. */
export type TriggerDraft = Omit<TriggerState, 'uid' | 'owner' | 'documentId'>;

/** Applies §2.4 and §6.4 to a new trigger and stores it; returns the stored state. */
export function installTrigger(ctx: PlatformContext, draft: TriggerDraft): TriggerState {
  const owner = ctx.user();
  const documentId = ctx.documentId();
  const mine = ctx.state.triggers.filter((t) => t.owner === owner);
  if (ctx.config.isAddon) {
    if (draft.sourceId !== null && (draft.source !== 'SPREADSHEETS' || draft.sourceId !== documentId)) {
      throw gasError(ADDON_OTHER_FILE_MESSAGE);
    }
    if (draft.clock?.kind === 'recurring' && draft.clock.intervalMs < HOUR)
      throw gasError(ADDON_RECURRENCE_MESSAGE);
    // §2.4 [UNVERIFIED]: a one-off after()/at() trigger and a recurring one are modelled as the same type.
    if (mine.some((t) => t.documentId === documentId && t.eventType === draft.eventType)) {
      throw gasError(ADDON_DUPLICATE_TYPE_MESSAGE);
    }
  }
  if (mine.length >= TRIGGER_LIMIT) throw gasError(TOO_MANY_TRIGGERS_MESSAGE);
  const uid = String(1_000_000_000 + ctx.state.nextTriggerId++);
  const trigger: TriggerState = { ...draft, uid, owner, documentId };
  ctx.state.triggers.push(trigger);
  return trigger;
}

/** `Trigger`: a view of one installed trigger (it keeps answering after the trigger is deleted). */
export class Trigger extends GasObject implements Partial<GoogleAppsScript.Script.Trigger> {
  constructor(
    ctx: PlatformContext,
    readonly _state: TriggerState,
  ) {
    super(ctx.rt, 'ScriptApp', 'Trigger');
  }

  getUniqueId(): string {
    return this._state.uid;
  }

  getHandlerFunction(): string {
    return this._state.handler;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return this._state.eventType as unknown as GoogleAppsScript.Script.EventType;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this._state.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }

  /** The spreadsheet or form id; null for time-driven triggers. */
  getTriggerSourceId(): string {
    return this._state.sourceId as string;
  }
}
