import { EXECUTION_TIME_LIMIT_MESSAGE, type ExecutionKind } from '../core/runtime';
import type { PlatformContext } from './context';
import type { LockRegistry } from './locks';
import type { TriggerState } from './state';
import { wallTime } from './zoned-time';

/** §0 [DOC]: the exception once a user's triggers have used the day's runtime. */
export const TRIGGER_RUNTIME_MESSAGE = 'Service using too much computer time for one day.';
const DAY = 24 * 3600 * 1000;

/** The installable events another module can fire (the forms module fires ON_FORM_SUBMIT). */
export type FiredEventType = 'ON_FORM_SUBMIT' | 'ON_EDIT' | 'ON_OPEN' | 'ON_CHANGE';

/** Runs installed triggers the way the platform does: each in its own execution, errors logged, never thrown. */
export class TriggerRunner {
  constructor(
    private readonly ctx: PlatformContext,
    private readonly locks: LockRegistry,
  ) {}

  /** Runs every installed trigger of that event type on that source, each with the event `makeEvent` builds. */
  fire(
    eventType: FiredEventType,
    sourceId: string,
    makeEvent: (triggerUid: string) => Record<string, unknown>,
  ): void {
    const due = this.ctx.state.triggers.filter((t) => t.eventType === eventType && t.sourceId === sourceId);
    for (const trigger of due) {
      // A handler that ran first may have deleted this trigger.
      if (!this.ctx.state.triggers.includes(trigger)) continue;
      this.run(trigger, 'installable-trigger', {
        authMode: 'FULL',
        triggerUid: trigger.uid,
        ...makeEvent(trigger.uid),
      });
    }
  }

  /** Moves the clock by `ms`, firing every time-driven trigger that comes due, in time order. */
  advanceClock(ms: number): void {
    const rt = this.ctx.rt;
    const target = rt.now + ms;
    for (;;) {
      const next = this.nextDue(target);
      if (!next) break;
      rt.now = Math.max(rt.now, next.at);
      const clock = next.trigger.clock;
      // §7.2: a one-off trigger stays listed (and counts toward the limits) until the script deletes it.
      if (clock?.kind === 'once') clock.fired = true;
      else if (clock?.kind === 'recurring') clock.next += clock.intervalMs;
      this.run(next.trigger, 'time-trigger', {
        authMode: 'FULL',
        triggerUid: next.trigger.uid,
        ...clockEvent(rt.now),
      });
    }
    rt.now = Math.max(rt.now, target);
  }

  private nextDue(limit: number): { trigger: TriggerState; at: number } | null {
    let best: { trigger: TriggerState; at: number } | null = null;
    for (const trigger of this.ctx.state.triggers) {
      const clock = trigger.clock;
      if (!clock || (clock.kind === 'once' && clock.fired)) continue;
      const at = clock.kind === 'once' ? clock.at : clock.next;
      if (at <= limit && (!best || at < best.at)) best = { trigger, at };
    }
    return best;
  }

  /** One execution of a handler, as its creator, in FULL mode; the runtime's state is put back afterwards. */
  private run(trigger: TriggerState, kind: ExecutionKind, event: Record<string, unknown>): void {
    const { ws, rt } = this.ctx;
    const start = rt.now;
    const record = (status: 'completed' | 'failed' | 'timed out', error: string | null) =>
      this.ctx.state.executions.push({
        function: trigger.handler,
        triggerUid: trigger.uid,
        eventType: trigger.eventType,
        start: this.ctx.iso(start),
        end: this.ctx.iso(),
        status,
        error,
      });
    const fn = ws.scriptFunction(trigger.handler);
    if (!fn) {
      record('failed', `Script function not found: ${trigger.handler}`);
      return;
    }
    const runtime = this.runtimeWindow(trigger.owner);
    if (runtime.used >= this.ctx.config.triggerRuntimeDailyMs) {
      // [UNVERIFIED] mechanics: the emulator refuses whole runs once the day's trigger runtime is used up.
      record('failed', TRIGGER_RUNTIME_MESSAGE);
      return;
    }
    const saved = saveRuntime(rt);
    try {
      this.locks._nested(() =>
        ws.run(() => fn(event), { kind, authMode: 'FULL', activeUser: trigger.owner }),
      );
      record('completed', null);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      record(message === EXECUTION_TIME_LIMIT_MESSAGE ? 'timed out' : 'failed', message);
    } finally {
      restoreRuntime(rt, saved);
      runtime.used += rt.now - start;
    }
  }

  /** §0: the user's trigger runtime in the current window, which resets 24 hours after it began. */
  private runtimeWindow(user: string): { start: number; used: number } {
    const now = this.ctx.rt.now;
    const windows = (this.ctx.state.triggerRuntime ??= {});
    const current = Object.prototype.hasOwnProperty.call(windows, user) ? windows[user] : undefined;
    if (current && now - current.start < DAY) return current;
    const fresh = { start: now, used: 0 };
    windows[user] = fresh;
    return fresh;
  }
}

/** The time-driven event's fields (guides/triggers/events), in UTC as the platform sends them. */
function clockEvent(ms: number): Record<string, unknown> {
  const w = wallTime(ms, 'UTC');
  return {
    year: w.year,
    month: w.month,
    'day-of-month': w.day,
    'day-of-week': w.weekday === 0 ? 7 : w.weekday,
    hour: w.hour,
    minute: w.minute,
    second: w.second,
    timezone: 'UTC',
  };
}

type RuntimeFields = { kind: unknown; authMode: unknown; activeUser: string; depth?: number };

/** `ws.run` leaves the runtime as after a top-level run; a trigger fired inside another run must not. */
function saveRuntime(rt: unknown): RuntimeFields {
  const r = rt as RuntimeFields;
  const saved: RuntimeFields = { kind: r.kind, authMode: r.authMode, activeUser: r.activeUser };
  if (typeof r.depth === 'number') saved.depth = r.depth;
  return saved;
}

function restoreRuntime(rt: unknown, saved: RuntimeFields): void {
  Object.assign(rt as RuntimeFields, saved);
}
