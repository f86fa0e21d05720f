import { GasObject } from '../core/gas-object';
import { gasError, type PlatformContext } from './context';
import { WeekDay } from './enums';
import type { ClockSchedule, TriggerEventType, TriggerState } from './state';
import { EVERY_MINUTES_MESSAGE, installTrigger, Trigger } from './triggers';
import { fromWallTime, wallTime } from './zoned-time';

type GasTrigger = GoogleAppsScript.Script.Trigger;
type Clock = GoogleAppsScript.Script.ClockTriggerBuilder;
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Installs a trigger (§2.4 rules) and returns its facade; creating triggers needs full authorisation. */
function create(
  ctx: PlatformContext,
  what: string,
  draft: Omit<TriggerState, 'uid' | 'owner' | 'documentId'>,
) {
  ctx.rt.require('services', what);
  return new Trigger(ctx, installTrigger(ctx, draft)) as unknown as GasTrigger;
}

/** An id from a file object (its `getId()`, not counted as the script's call) or an id string. */
function idOf(ctx: PlatformContext, file: unknown): string {
  if (typeof file === 'string') return file;
  const getId = (file as { getId?: () => unknown } | null)?.getId;
  if (typeof getId !== 'function') throw gasError('Invalid argument: file');
  return String(ctx.rt.internal(() => getId.call(file)));
}

/** A whole number of at least 1; [UNVERIFIED] text of the refusal (a zero interval would never advance). */
function positive(n: number, what: string): number {
  if (!Number.isInteger(n) || n < 1) throw gasError(`Invalid argument: ${what}`);
  return n;
}

/** `TriggerBuilder`: `ScriptApp.newTrigger(functionName)`. */
export class TriggerBuilder extends GasObject implements Partial<GoogleAppsScript.Script.TriggerBuilder> {
  constructor(
    private readonly _ctx: PlatformContext,
    private readonly _handler: string,
  ) {
    super(_ctx.rt, 'ScriptApp', 'TriggerBuilder');
  }

  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string) {
    const id = idOf(this._ctx, sheet);
    return new SourceTriggerBuilder(
      this._ctx,
      this._handler,
      'SPREADSHEETS',
      id,
    ) as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }

  forForm(form: GoogleAppsScript.Forms.Form | string) {
    const id = idOf(this._ctx, form);
    return new SourceTriggerBuilder(
      this._ctx,
      this._handler,
      'FORMS',
      id,
    ) as unknown as GoogleAppsScript.Script.FormTriggerBuilder;
  }

  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return new ClockTriggerBuilder(
      this._ctx,
      this._handler,
    ) as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
}

/** `SpreadsheetTriggerBuilder` / `FormTriggerBuilder`: pick the event, then `create()`. */
export class SourceTriggerBuilder extends GasObject {
  private _event: TriggerEventType | null = null;

  constructor(
    private readonly _ctx: PlatformContext,
    private readonly _handler: string,
    private readonly _source: 'SPREADSHEETS' | 'FORMS',
    private readonly _sourceId: string,
  ) {
    super(_ctx.rt, 'ScriptApp', _source === 'FORMS' ? 'FormTriggerBuilder' : 'SpreadsheetTriggerBuilder');
  }

  onOpen(): this {
    return this._on('ON_OPEN');
  }

  onFormSubmit(): this {
    return this._on('ON_FORM_SUBMIT');
  }

  onEdit(): this {
    if (this._source === 'FORMS') throw new Error('not implemented: FormTriggerBuilder.onEdit');
    return this._on('ON_EDIT');
  }

  onChange(): this {
    if (this._source === 'FORMS') throw new Error('not implemented: FormTriggerBuilder.onChange');
    return this._on('ON_CHANGE');
  }

  create(): GasTrigger {
    // [UNVERIFIED] text when no event was chosen.
    if (!this._event)
      throw gasError('Trigger event type is missing: call onOpen, onEdit, onChange or onFormSubmit.');
    const what = `${this._className}.create`;
    return create(this._ctx, what, {
      handler: this._handler,
      eventType: this._event,
      source: this._source,
      sourceId: this._sourceId,
    });
  }

  private _on(event: TriggerEventType): this {
    this._event = event;
    return this;
  }
}

/** `ClockTriggerBuilder`: one-off (`after`, `at`) or recurring (`every*`) time-driven triggers. */
export class ClockTriggerBuilder
  extends GasObject
  implements Partial<GoogleAppsScript.Script.ClockTriggerBuilder>
{
  private _once: number | null = null;
  private _interval: { unit: 'minutes' | 'hours' | 'days' | 'weeks'; n: number } | null = null;
  private _hour: number | null = null;
  private _minute: number | null = null;
  private _weekDay: number | null = null;
  private _zone: string;

  constructor(
    private readonly _ctx: PlatformContext,
    private readonly _handler: string,
  ) {
    super(_ctx.rt, 'ScriptApp', 'ClockTriggerBuilder');
    this._zone = _ctx.rt.scriptTimeZone;
  }

  /** A minimum delay (§2.4): the emulator fires exactly at `now + ms`. */
  after(durationMilliseconds: number): Clock {
    this._once = this._ctx.rt.now + Number(durationMilliseconds);
    return this._self();
  }

  at(date: Date): Clock {
    this._once = date.getTime();
    return this._self();
  }

  everyMinutes(n: number): Clock {
    if (![1, 5, 10, 15, 30].includes(n)) throw gasError(EVERY_MINUTES_MESSAGE);
    this._interval = { unit: 'minutes', n };
    return this._self();
  }

  everyHours(n: number): Clock {
    this._interval = { unit: 'hours', n: positive(n, 'hours') };
    return this._self();
  }

  everyDays(n: number): Clock {
    this._interval = { unit: 'days', n: positive(n, 'days') };
    return this._self();
  }

  everyWeeks(n: number): Clock {
    this._interval = { unit: 'weeks', n: positive(n, 'weeks') };
    return this._self();
  }

  atHour(hour: number): Clock {
    this._hour = hour;
    return this._self();
  }

  /** ±15 minutes live; the emulator fires at the minute itself. */
  nearMinute(minute: number): Clock {
    this._minute = minute;
    return this._self();
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): Clock {
    this._weekDay = Object.keys(WeekDay).indexOf(String(day));
    if (!this._interval) this._interval = { unit: 'weeks', n: 1 };
    return this._self();
  }

  inTimezone(timezone: string): Clock {
    this._zone = timezone;
    return this._self();
  }

  create(): GasTrigger {
    return create(this._ctx, 'ClockTriggerBuilder.create', {
      handler: this._handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      clock: this._schedule(),
    });
  }

  private _self(): Clock {
    return this as unknown as Clock;
  }

  private _schedule(): ClockSchedule {
    const now = this._ctx.rt.now;
    if (this._once !== null) return { kind: 'once', at: this._once, fired: false };
    // [UNVERIFIED] text: a clock trigger with no time set.
    if (!this._interval) throw gasError('Clock trigger needs after, at or an every* interval.');
    const { unit, n } = this._interval;
    const step = { minutes: MINUTE, hours: HOUR, days: DAY, weeks: 7 * DAY }[unit];
    const intervalMs = n * step;
    if (unit === 'minutes' || unit === 'hours') {
      let next = now + intervalMs;
      if (unit === 'hours' && this._minute !== null) next = this._align(next, { minute: this._minute });
      return { kind: 'recurring', intervalMs, next };
    }
    // Daily and weekly triggers come at a wall-clock hour (00:00 when none given) in the trigger's zone.
    let next = this._align(now, { hour: this._hour ?? 0, minute: this._minute ?? 0 });
    while (next <= now || (this._weekDay !== null && wallTime(next, this._zone).weekday !== this._weekDay)) {
      next += DAY;
    }
    return { kind: 'recurring', intervalMs, next };
  }

  /** The same day as `ms` in the trigger's zone, at the given hour and/or minute. */
  private _align(ms: number, at: { hour?: number; minute: number }): number {
    const w = wallTime(ms, this._zone);
    return fromWallTime(
      { ...w, hour: at.hour ?? w.hour, minute: at.minute, second: 0, millisecond: 0 },
      this._zone,
    );
  }
}
