import { GasObject } from '../core/gas-object';
import type { PlatformContext } from './context';
import { AuthMode, AuthorizationStatus, EventType, TriggerSource, WeekDay } from './enums';
import { TriggerBuilder } from './trigger-builders';
import { Trigger } from './triggers';

type GasTrigger = GoogleAppsScript.Script.Trigger;

/**
 * `ScriptApp`: enums, authorisation info and installable triggers. The enums are plain properties, so reading
 * `ScriptApp.AuthMode` works in every auth mode (onOpen uses it to decide what to do, §2.1).
 */
export class ScriptAppFacade extends GasObject implements Partial<GoogleAppsScript.Script.ScriptApp> {
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly AuthorizationStatus =
    AuthorizationStatus as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus;
  readonly TriggerSource = TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly EventType = EventType as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly WeekDay = WeekDay as unknown as typeof GoogleAppsScript.Base.Weekday;

  constructor(private readonly _ctx: PlatformContext) {
    super(_ctx.rt, 'ScriptApp', 'ScriptApp');
  }

  /** Callable in every mode: published add-ons gate code on it (§2.4). */
  getAuthorizationInfo(
    _authMode: GoogleAppsScript.Script.AuthMode,
  ): GoogleAppsScript.Script.AuthorizationInfo {
    return new AuthorizationInfo(this._ctx) as unknown as GoogleAppsScript.Script.AuthorizationInfo;
  }

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return new TriggerBuilder(this._ctx, functionName) as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }

  /** §2.4: only the current user's triggers for the project. */
  getProjectTriggers(): GasTrigger[] {
    this._ctx.rt.require('services', 'ScriptApp.getProjectTriggers');
    const user = this._ctx.user();
    return this._wrap(this._ctx.state.triggers.filter((t) => t.owner === user));
  }

  /** §2.4: the current user's triggers of this script in that file. */
  getUserTriggers(document: { getId(): string }): GasTrigger[] {
    this._ctx.rt.require('services', 'ScriptApp.getUserTriggers');
    const id = this._ctx.rt.internal(() => document.getId());
    const user = this._ctx.user();
    return this._wrap(
      this._ctx.state.triggers.filter((t) => t.owner === user && (t.sourceId === id || t.documentId === id)),
    );
  }

  deleteTrigger(trigger: GasTrigger): void {
    this._ctx.rt.require('services', 'ScriptApp.deleteTrigger');
    const uid = this._ctx.rt.internal(() => trigger.getUniqueId());
    this._ctx.state.triggers = this._ctx.state.triggers.filter((t) => t.uid !== uid);
  }

  private _wrap(triggers: ReturnType<PlatformContext['state']['triggers']['slice']>): GasTrigger[] {
    return triggers.map((t) => new Trigger(this._ctx, t) as unknown as GasTrigger);
  }
}

/** `AuthorizationInfo`: the status is `ws.platform.authorizationStatus` (NOT_REQUIRED by default). */
export class AuthorizationInfo
  extends GasObject
  implements Partial<GoogleAppsScript.Script.AuthorizationInfo>
{
  constructor(private readonly _ctx: PlatformContext) {
    super(_ctx.rt, 'ScriptApp', 'AuthorizationInfo');
  }

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return this._ctx.config.authorizationStatus as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }

  /** Null when no authorisation is required. */
  getAuthorizationUrl(): string {
    return (
      this._ctx.config.authorizationStatus === 'REQUIRED'
        ? 'https://script.google.com/macros/emulator/authorize'
        : null
    ) as string;
  }
}
