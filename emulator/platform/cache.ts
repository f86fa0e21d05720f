import { GasObject } from '../core/gas-object';
import { gasError, STORAGE, utf8Length, type PlatformContext } from './context';
import { has, removeKey, setKey } from './records';
import type { CacheEntry, StoreScope } from './state';

/** §6.3 [DOC]: longest key, in characters. */
export const CACHE_KEY_LIMIT = 250;
/** §6.3 [DOC]: largest value, 100 KB ([UNVERIFIED] counted as UTF-8 bytes). */
export const CACHE_VALUE_LIMIT = 100 * 1024;
/** §6.3 [DOC]: lifetime when `put` is given none. */
export const CACHE_DEFAULT_SECONDS = 600;
/** §6.3 [DOC]: the longest lifetime, 6 hours. */
export const CACHE_MAX_SECONDS = 21600;
/** §6.3 [DOC]: items a cache holds before it evicts. */
export const CACHE_ITEM_CAP = 1000;
/** §6.3 [DOC]: items kept after an eviction (those farthest from expiry). */
export const CACHE_ITEMS_KEPT = 900;
/** [UNVERIFIED] text for a key over 250 characters. */
export const CACHE_KEY_TOO_LARGE = 'Argument too large: key';
/** [UNVERIFIED] text for a value over 100 KB (the one third-party fakes assert). */
export const CACHE_VALUE_TOO_LARGE = 'Argument too large: value';

type GasCache = GoogleAppsScript.Cache.Cache;

/** `CacheService`: script, user and document caches (§6.3). */
export class CacheServiceFacade extends GasObject implements Partial<GoogleAppsScript.Cache.CacheService> {
  constructor(private readonly _ctx: PlatformContext) {
    super(_ctx.rt, 'CacheService', 'CacheService');
  }

  getScriptCache(): GasCache {
    return this._open('script', 'getScriptCache');
  }

  getUserCache(): GasCache {
    return this._open('user', 'getUserCache');
  }

  /** Null outside a document (§6.3); an add-on always runs in one. */
  getDocumentCache(): GasCache {
    return this._open('document', 'getDocumentCache');
  }

  private _open(scope: StoreScope, method: string): GasCache {
    this._ctx.rt.require(STORAGE, `CacheService.${method}`);
    const owner = scope === 'script' ? '' : scope === 'user' ? this._ctx.user() : this._ctx.documentId();
    return new CacheStore(this._ctx, scope, owner) as unknown as GasCache;
  }
}

/** `Cache`: string values that expire by the emulator clock. */
export class CacheStore extends GasObject implements Partial<GasCache> {
  constructor(
    private readonly _ctx: PlatformContext,
    private readonly _scope: StoreScope,
    private readonly _owner: string,
  ) {
    super(_ctx.rt, 'CacheService', 'Cache');
  }

  get(key: string): string | null {
    const map = this._map('get');
    return has(map, key) ? map[key].value : null;
  }

  getAll(keys: string[]): Record<string, string> {
    const map = this._map('getAll');
    const found: Record<string, string> = {};
    for (const key of keys) if (has(map, key)) setKey(found, key, map[key].value);
    return found;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this._putAll(this._map('put'), { [key]: value }, expirationInSeconds);
  }

  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    this._putAll(this._map('putAll'), values, expirationInSeconds);
  }

  remove(key: string): void {
    removeKey(this._map('remove'), key);
  }

  removeAll(keys: string[]): void {
    const map = this._map('removeAll');
    for (const key of keys) removeKey(map, key);
  }

  /** The live entries, with expired ones dropped first. */
  private _map(method: string): Record<string, CacheEntry> {
    this._ctx.rt.require(STORAGE, `Cache.${method}`);
    const stores = this._ctx.state.cache;
    let map: Record<string, CacheEntry>;
    if (this._scope === 'script') map = stores.script;
    else {
      const byOwner = stores[this._scope];
      if (!has(byOwner, this._owner)) setKey(byOwner, this._owner, {});
      map = byOwner[this._owner];
    }
    const now = this._ctx.rt.now;
    for (const [key, entry] of Object.entries(map)) if (entry.expiresAt <= now) removeKey(map, key);
    return map;
  }

  private _putAll(map: Record<string, CacheEntry>, values: Record<string, unknown>, seconds?: number): void {
    const expiresAt = this._ctx.rt.now + lifetimeSeconds(seconds) * 1000;
    const entries = Object.entries(values).map(([key, value]) => [key, String(value)] as const);
    for (const [key, value] of entries) {
      if (key.length > CACHE_KEY_LIMIT) throw gasError(CACHE_KEY_TOO_LARGE);
      if (utf8Length(value) > CACHE_VALUE_LIMIT) throw gasError(CACHE_VALUE_TOO_LARGE);
    }
    for (const [key, value] of entries) setKey(map, key, { value, expiresAt });
    evictOverCap(map);
  }
}

/** §6.3: 600 s by default; out-of-range lifetimes are clamped to 1..21600 silently, not rejected. */
export function lifetimeSeconds(seconds: number | undefined): number {
  if (seconds === undefined || seconds === null || Number.isNaN(Number(seconds)))
    return CACHE_DEFAULT_SECONDS;
  return Math.min(CACHE_MAX_SECONDS, Math.max(1, Math.floor(Number(seconds))));
}

/** §6.3 [DOC]: over 1,000 items, the cache keeps the 900 farthest from expiration. */
function evictOverCap(map: Record<string, CacheEntry>): void {
  const keys = Object.keys(map);
  if (keys.length <= CACHE_ITEM_CAP) return;
  // A stable sort keeps, among equal expiries, the entries written last (they sit later in insertion order).
  const byExpiry = keys
    .map((key, order) => ({ key, order, expiresAt: map[key].expiresAt }))
    .sort((a, b) => b.expiresAt - a.expiresAt || b.order - a.order);
  for (const { key } of byExpiry.slice(CACHE_ITEMS_KEPT)) removeKey(map, key);
}
