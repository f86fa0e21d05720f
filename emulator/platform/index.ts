import type { ServiceModule } from '../core/module';
import type { Workspace } from '../workspace';
import { CacheServiceFacade } from './cache';
import { clockDate } from './clock-date';
import { PlatformContext } from './context';
import { LockRegistry, LockServiceFacade } from './locks';
import { ConsoleFacade, LoggerFacade } from './log';
import { MailAppFacade } from './mail';
import { PropertiesServiceFacade } from './properties';
import { ScriptAppFacade } from './script-app';
import { SessionFacade } from './session';
import type { ExecutionRecord, LogEntry, OutboxMessage, PlatformState, TriggerState } from './state';
import { TriggerRunner, type FiredEventType } from './trigger-runner';
import { UtilitiesFacade } from './utilities';

/**
 * The platform services (Properties, Cache, Lock, ScriptApp, MailApp, Session, Utilities, Logger, console) and
 * the emulator's handles on them: trigger firing, the clock, simulated lock holders, the outbox, the logs.
 */
export class PlatformModule implements ServiceModule<PlatformState> {
  /** Locks held by this or a simulated other execution: `holdByOther`, `isHeld`. */
  readonly locks: LockRegistry;
  private readonly ctx: PlatformContext;
  private readonly runner: TriggerRunner;
  private services: Record<string, unknown> | null = null;

  constructor(readonly ws: Workspace) {
    this.ctx = new PlatformContext(ws);
    this.locks = new LockRegistry(this.ctx);
    this.runner = new TriggerRunner(this.ctx, this.locks);
  }

  globals(): Record<string, unknown> {
    const ctx = this.ctx;
    this.services ??= {
      PropertiesService: new PropertiesServiceFacade(ctx),
      CacheService: new CacheServiceFacade(ctx),
      LockService: new LockServiceFacade(ctx, this.locks),
      ScriptApp: new ScriptAppFacade(ctx),
      MailApp: new MailAppFacade(ctx),
      Session: new SessionFacade(ctx),
      Utilities: new UtilitiesFacade(ctx),
      Logger: new LoggerFacade(ctx),
      console: new ConsoleFacade(ctx),
    };
    return { ...this.services };
  }

  /** Runs the installed triggers of that event type on that source (spreadsheet or form id), each as its own run. */
  fireTriggers(
    eventType: FiredEventType,
    sourceId: string,
    makeEvent: (triggerUid: string) => Record<string, unknown>,
  ): void {
    this.runner.fire(eventType, sourceId, makeEvent);
  }

  /** Moves `ws.rt.now` by `ms`, firing due time-driven triggers in time order. */
  advanceClock(ms: number): void {
    this.runner.advanceClock(ms);
  }

  /** A `Date` constructor on the emulator clock: the bundle's vm context gets it, `ws.install()` puts it on the global. */
  get Date(): DateConstructor {
    return clockDate(this.ws.rt);
  }

  /** Whether the script is a published editor add-on (§2.4 trigger rules); true by default. */
  get isAddon(): boolean {
    return this.ctx.config.isAddon;
  }
  set isAddon(value: boolean) {
    this.ctx.config.isAddon = value;
  }

  /** Email recipients per day: 100 (consumer) by default, 1,500 for Workspace (§0). */
  get mailDailyQuota(): number {
    return this.ctx.config.mailDailyQuota;
  }
  set mailDailyQuota(value: number) {
    this.ctx.config.mailDailyQuota = value;
  }

  /** Trigger runtime per user per day in ms: 90 min (consumer) by default, 6 h for Workspace (§0). */
  get triggerRuntimeDailyMs(): number {
    return this.ctx.config.triggerRuntimeDailyMs;
  }
  set triggerRuntimeDailyMs(value: number) {
    this.ctx.config.triggerRuntimeDailyMs = value;
  }

  /** What `ScriptApp.getAuthorizationInfo(...).getAuthorizationStatus()` returns. */
  get authorizationStatus(): 'REQUIRED' | 'NOT_REQUIRED' {
    return this.ctx.config.authorizationStatus;
  }
  set authorizationStatus(value: 'REQUIRED' | 'NOT_REQUIRED') {
    this.ctx.config.authorizationStatus = value;
  }

  /** Month and day names in `Utilities.formatDate` ([UNVERIFIED], see date-format.ts). */
  get dateLocale(): 'ru' | 'en' {
    return this.ctx.config.dateLocale;
  }
  set dateLocale(value: 'ru' | 'en') {
    this.ctx.config.dateLocale = value;
  }

  /** The id of the document the add-on runs in (the spreadsheet module's active one, or a fallback id). */
  get activeDocumentId(): string {
    return this.ctx.documentId();
  }

  /** Every message MailApp sent. */
  get outbox(): readonly OutboxMessage[] {
    return this.ctx.state.outbox;
  }

  /** The execution log: Logger.log and console.* lines with their level. */
  get log(): readonly LogEntry[] {
    return this.ctx.state.log;
  }

  /** Runs of trigger handlers: function, trigger, start, end, status, error. */
  get executions(): readonly ExecutionRecord[] {
    return this.ctx.state.executions;
  }

  /** Every installed trigger of every user, as data. */
  get triggers(): readonly TriggerState[] {
    return this.ctx.state.triggers;
  }

  snapshot(): PlatformState {
    return JSON.parse(JSON.stringify(this.ctx.state)) as PlatformState;
  }

  restore(state: PlatformState): void {
    this.ctx.state = JSON.parse(JSON.stringify(state)) as PlatformState;
  }
}
