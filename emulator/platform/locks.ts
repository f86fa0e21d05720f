import { GasObject } from '../core/gas-object';
import { gasError, STORAGE, type PlatformContext } from './context';
import type { LockKind } from './state';

/** §6.1 [FIELD]: what `waitLock` throws when the lock stays taken. */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** Who holds a lock, seen from the code running now. */
export type LockHolder = 'this-execution' | 'other-execution' | null;

/**
 * The locks of "the Apps Script server": which execution holds each one, plus locks held by simulated other
 * executions. Tests reach it as `ws.platform.locks`.
 */
export class LockRegistry {
  /** Lock key → id of the emulated execution holding it; executions started by the platform nest. */
  private readonly held = new Map<string, number>();
  private readonly executions: number[] = [0];
  private nextExecution = 1;
  private readonly suspendLists = new WeakSet<object>();

  constructor(private readonly ctx: PlatformContext) {
    ctx.rt.onExecutionEnd(() => this.endExecution());
    this.subscribeToSuspension();
  }

  /** Makes a simulated other execution hold the lock; it lets go after `releaseAfterMs`, or never if omitted. */
  holdByOther(kind: LockKind, options: { releaseAfterMs?: number } = {}): void {
    const key = this.key(kind);
    this.held.delete(key);
    const releaseAt = options.releaseAfterMs === undefined ? null : this.ctx.rt.now + options.releaseAfterMs;
    this.ctx.state.otherLocks = this.ctx.state.otherLocks
      .filter((l) => l.key !== key)
      .concat({ key, releaseAt });
  }

  /** The simulated other execution lets go now. */
  releaseByOther(kind: LockKind): void {
    const key = this.key(kind);
    this.ctx.state.otherLocks = this.ctx.state.otherLocks.filter((l) => l.key !== key);
  }

  /** Whether anyone (this execution or another) holds the lock of that kind for the current user/document. */
  isHeld(kind: LockKind): boolean {
    return this.holder(this.key(kind)) !== null;
  }

  /** Who holds the lock of that kind for the current user/document. */
  heldBy(kind: LockKind): LockHolder {
    return this.holder(this.key(kind));
  }

  /** Lets go of every lock the running execution holds: the end of a run, or a `Ui.alert` suspension (§6.1). */
  releaseCurrent(): void {
    const me = this.current();
    for (const [key, owner] of [...this.held]) if (owner === me) this.held.delete(key);
  }

  /** @internal Runs `fn` as a new execution nested in the current one (a trigger the platform fires). */
  _nested<T>(fn: () => T): T {
    this.executions.push(this.nextExecution++);
    try {
      return fn();
    } finally {
      this.executions.pop();
    }
  }

  /** @internal The key of a lock kind for the current user or document. */
  key(kind: LockKind): string {
    if (kind === 'script') return 'script';
    return kind === 'user' ? `user:${this.ctx.user()}` : `document:${this.ctx.documentId()}`;
  }

  /** @internal */
  holder(key: string): LockHolder {
    const owner = this.held.get(key);
    if (owner !== undefined) return owner === this.current() ? 'this-execution' : 'other-execution';
    const other = this.ctx.state.otherLocks.find((l) => l.key === key);
    return other && (other.releaseAt === null || other.releaseAt > this.ctx.rt.now)
      ? 'other-execution'
      : null;
  }

  /** @internal When the lock becomes free: now, a time in the future, or never (Infinity). */
  freeAt(key: string): number {
    const now = this.ctx.rt.now;
    if (this.held.has(key)) return this.held.get(key) === this.current() ? now : Infinity;
    const other = this.ctx.state.otherLocks.find((l) => l.key === key);
    if (!other) return now;
    return other.releaseAt === null ? Infinity : Math.max(now, other.releaseAt);
  }

  /** @internal */
  acquire(key: string): void {
    this.ctx.state.otherLocks = this.ctx.state.otherLocks.filter((l) => l.key !== key);
    this.held.set(key, this.current());
    this.subscribeToSuspension();
  }

  /** @internal */
  release(key: string): void {
    if (this.held.get(key) === this.current()) this.held.delete(key);
  }

  private current(): number {
    return this.executions[this.executions.length - 1];
  }

  private endExecution(): void {
    this.releaseCurrent();
    // Outside platform-started runs each `ws.run` is a new execution: the next one holds nothing of this one's.
    if (this.executions.length === 1) this.executions[0] = this.nextExecution++;
  }

  /**
   * §6.1: locks don't persist across `Ui.alert`/`prompt`. The spreadsheet module calls `ws.spreadsheet.ui._onSuspend`
   * hooks then; it is built before this module, and the check is repeated on each acquire in case it is not.
   */
  private subscribeToSuspension(): void {
    const ws = this.ctx.ws as unknown as { spreadsheet?: { ui?: { _onSuspend?: unknown } } };
    const list = ws.spreadsheet?.ui?._onSuspend;
    if (!Array.isArray(list) || this.suspendLists.has(list)) return;
    this.suspendLists.add(list);
    list.push(() => this.releaseCurrent());
  }
}

/** `LockService`: gets locks; getting one does not acquire it (§6.1). */
export class LockServiceFacade extends GasObject implements Partial<GoogleAppsScript.Lock.LockService> {
  constructor(
    private readonly _ctx: PlatformContext,
    private readonly _registry: LockRegistry,
  ) {
    super(_ctx.rt, 'LockService', 'LockService');
  }

  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this._open('script', 'getScriptLock');
  }

  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this._open('user', 'getUserLock');
  }

  /** Null outside a containing document (§6.1); an add-on always has one. */
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return this._open('document', 'getDocumentLock');
  }

  private _open(kind: LockKind, method: string): GoogleAppsScript.Lock.Lock {
    this._ctx.rt.require(STORAGE, `LockService.${method}`);
    return new Lock(
      this._ctx,
      this._registry,
      this._registry.key(kind),
    ) as unknown as GoogleAppsScript.Lock.Lock;
  }
}

/** `Lock`: waiting happens in simulated time — the clock moves by the time waited. */
export class Lock extends GasObject implements Partial<GoogleAppsScript.Lock.Lock> {
  constructor(
    private readonly _ctx: PlatformContext,
    private readonly _registry: LockRegistry,
    private readonly _key: string,
  ) {
    super(_ctx.rt, 'LockService', 'Lock');
  }

  tryLock(timeoutInMillis: number): boolean {
    const rt = this._ctx.rt;
    const wait = Math.max(0, Number(timeoutInMillis) || 0);
    const freeAt = this._registry.freeAt(this._key);
    if (freeAt > rt.now + wait) {
      rt.now += wait;
      return false;
    }
    rt.now = Math.max(rt.now, freeAt);
    this._registry.acquire(this._key);
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw gasError(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    return this._registry.holder(this._key) === 'this-execution';
  }

  releaseLock(): void {
    this._registry.release(this._key);
  }
}
