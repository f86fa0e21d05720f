import { GasObject } from '../core/gas-object';
import { gasError, STORAGE, utf8Length, type PlatformContext } from './context';
import { has, removeKey, setKey } from './records';
import type { PropertyMap, StoreScope } from './state';

/** §6.2 / §0 [DOC]: 9 KB per value ([UNVERIFIED] counted here as UTF-8 bytes of key + value). */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
/** §6.2 / §0 [DOC]: 500 KB per store, keys and values together. */
export const PROPERTY_STORE_LIMIT = 500 * 1024;
/** §6.2 [FIELD]: the same text for a value over 9 KB and for a full store. */
export const PROPERTY_QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

type GasProperties = GoogleAppsScript.Properties.Properties;

/** `PropertiesService`: the script, user and document stores (§6.2). */
export class PropertiesServiceFacade
  extends GasObject
  implements Partial<GoogleAppsScript.Properties.PropertiesService>
{
  constructor(private readonly _ctx: PlatformContext) {
    super(_ctx.rt, 'PropertiesService', 'PropertiesService');
  }

  getScriptProperties(): GasProperties {
    return this._open('script', 'getScriptProperties');
  }

  getUserProperties(): GasProperties {
    return this._open('user', 'getUserProperties');
  }

  /** Null outside a containing document; an add-on always has one, so the emulator always returns a store. */
  getDocumentProperties(): GasProperties {
    return this._open('document', 'getDocumentProperties');
  }

  private _open(scope: StoreScope, method: string): GasProperties {
    this._ctx.rt.require(STORAGE, `PropertiesService.${method}`);
    const owner = scope === 'script' ? '' : scope === 'user' ? this._ctx.user() : this._ctx.documentId();
    return new PropertiesStore(this._ctx, scope, owner) as unknown as GasProperties;
  }
}

/** `Properties`: one store; values are strings. */
export class PropertiesStore extends GasObject implements Partial<GasProperties> {
  constructor(
    private readonly _ctx: PlatformContext,
    private readonly _scope: StoreScope,
    private readonly _owner: string,
  ) {
    super(_ctx.rt, 'PropertiesService', 'Properties');
  }

  getProperty(key: string): string | null {
    const map = this._map('getProperty');
    return has(map, key) ? map[key] : null;
  }

  getProperties(): Record<string, string> {
    return { ...this._map('getProperties') };
  }

  getKeys(): string[] {
    return Object.keys(this._map('getKeys'));
  }

  setProperty(key: string, value: string): GasProperties {
    const map = this._map('setProperty');
    this._write(map, { [key]: String(value) }, false);
    return this._self();
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): GasProperties {
    const map = this._map('setProperties');
    const values: PropertyMap = {};
    for (const [key, value] of Object.entries(properties)) setKey(values, key, String(value));
    this._write(map, values, deleteAllOthers === true);
    return this._self();
  }

  deleteProperty(key: string): GasProperties {
    const map = this._map('deleteProperty');
    removeKey(map, key);
    return this._self();
  }

  deleteAllProperties(): GasProperties {
    const map = this._map('deleteAllProperties');
    for (const key of Object.keys(map)) removeKey(map, key);
    return this._self();
  }

  /** The live map in the platform state (looked up each time: `restore` replaces the state). */
  private _map(method: string): PropertyMap {
    this._ctx.rt.require(STORAGE, `Properties.${method}`);
    const stores = this._ctx.state.properties;
    if (this._scope === 'script') return stores.script;
    const byOwner = stores[this._scope];
    if (!has(byOwner, this._owner)) setKey(byOwner, this._owner, {});
    return byOwner[this._owner];
  }

  /** Checks both limits on the store as it would be, then writes: a rejected write changes nothing. */
  private _write(map: PropertyMap, values: PropertyMap, deleteAllOthers: boolean): void {
    const next: PropertyMap = deleteAllOthers ? {} : { ...map };
    for (const [key, value] of Object.entries(values)) {
      if (utf8Length(key) + utf8Length(value) > PROPERTY_VALUE_LIMIT) throw gasError(PROPERTY_QUOTA_MESSAGE);
      setKey(next, key, value);
    }
    if (storeSize(next) > PROPERTY_STORE_LIMIT) throw gasError(PROPERTY_QUOTA_MESSAGE);
    for (const key of Object.keys(map)) removeKey(map, key);
    for (const [key, value] of Object.entries(next)) setKey(map, key, value);
  }

  private _self(): GasProperties {
    return this as unknown as GasProperties;
  }
}

/** Bytes a store occupies: keys plus values. */
export function storeSize(map: PropertyMap): number {
  let total = 0;
  for (const [key, value] of Object.entries(map)) total += utf8Length(key) + utf8Length(value);
  return total;
}
