import { GasObject } from '../core/gas-object';
import type { ProtectionModel, RangeModel, SpreadsheetModel } from './model';
import { userCanEdit } from './guard';
import { FakeRange } from './range';
import type { FakeRangeBase } from './range-base';
import type { SpreadsheetStore } from './store';
import { enumValue, gas, type GProtection, type GRange, type GUser } from './types';

/** A `Session.User`-like value for Protection.getEditors(): only the email is known. */
export class FakeUser extends GasObject implements Partial<GUser> {
  constructor(
    rt: SpreadsheetStore['rt'],
    readonly _email: string,
  ) {
    super(rt, 'Base', 'User');
  }
  getEmail(): string {
    return this._email;
  }
}

/** Creates a protection entry: a new one per Range.protect(); Sheet.protect() reuses its own (§1.6). */
export function addProtection(
  ss: SpreadsheetModel,
  type: 'RANGE' | 'SHEET',
  sheetId: number,
  range?: RangeModel,
): ProtectionModel {
  const p: ProtectionModel = {
    id: ss.nextId++,
    type,
    sheetId,
    ...(range ? { range: { ...range } } : {}),
    description: '',
    warningOnly: false,
    editors: [],
    restricted: false,
    domainEdit: true,
    unprotected: [],
  };
  ss.protections.push(p);
  return p;
}

function emailOf(x: unknown): string {
  return typeof x === 'string' ? x : (x as GUser).getEmail();
}

/** A Protection facade (§1.6): editors are stored as emails; script writes are checked in guard.ts. */
export class FakeProtection extends GasObject implements Partial<GProtection> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _ssId: string,
    readonly _id: number,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'Protection');
  }
  _p(): ProtectionModel {
    const p = this._store.spreadsheet(this._ssId).protections.find((x) => x.id === this._id);
    if (!p) throw new Error(`emulator: protection ${this._id} was removed`);
    return p;
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return enumValue(this._p().type);
  }
  getRange(): GRange {
    const p = this._p();
    const sheet = this._store.sheet(this._ssId, p.sheetId);
    const whole = {
      sheetId: p.sheetId,
      row: 1,
      column: 1,
      numRows: sheet.maxRows,
      numColumns: sheet.maxColumns,
    };
    return gas(new FakeRange(this._store, this._ssId, { ...(p.range ?? whole) }));
  }
  getRangeName(): string | null {
    return null;
  }
  getDescription(): string {
    return this._p().description;
  }
  setDescription(description: string): GProtection {
    this._p().description = description;
    return gas(this);
  }
  isWarningOnly(): boolean {
    return this._p().warningOnly;
  }
  setWarningOnly(warningOnly: boolean): GProtection {
    this._p().warningOnly = warningOnly;
    return gas(this);
  }
  /** §1.6 live oddity: a new protection lists no editors, not even the owner. */
  getEditors(): GUser[] {
    return this._p().editors.map((e) => gas<GUser>(new FakeUser(this._store.rt, e)));
  }
  addEditor(emailOrUser: string | GUser): GProtection {
    return this.addEditors([emailOf(emailOrUser)]);
  }
  addEditors(emailAddresses: string[]): GProtection {
    const p = this._p();
    p.restricted = true;
    for (const e of emailAddresses) if (!p.editors.includes(e)) p.editors.push(e);
    return gas(this);
  }
  removeEditor(emailOrUser: string | GUser): GProtection {
    return this.removeEditors([emailOf(emailOrUser)]);
  }
  /** §1.6: "Neither the owner of the spreadsheet nor the current user can be removed." */
  removeEditors(emailsOrUsers: Array<string | GUser>): GProtection {
    const p = this._p();
    const keep = new Set([this._store.spreadsheet(this._ssId).owner, this._store.rt.activeUser]);
    const gone = new Set(emailsOrUsers.map(emailOf).filter((e) => !keep.has(e)));
    p.restricted = true;
    p.editors = p.editors.filter((e) => !gone.has(e));
    return gas(this);
  }
  /** §1.6: the owner always can; until editors are changed, permissions mirror the spreadsheet's. */
  canEdit(): boolean {
    return userCanEdit(this._store.spreadsheet(this._ssId), this._p(), this._store.rt.activeUser);
  }
  canDomainEdit(): boolean {
    return this._p().domainEdit;
  }
  setDomainEdit(editable: boolean): GProtection {
    this._p().domainEdit = editable;
    this._p().restricted = true;
    return gas(this);
  }
  setRange(range: GRange): GProtection {
    this._p().range = { ...(range as unknown as FakeRangeBase)._range };
    return gas(this);
  }
  getUnprotectedRanges(): GRange[] {
    return this._p().unprotected.map((r) => gas<GRange>(new FakeRange(this._store, this._ssId, { ...r })));
  }
  setUnprotectedRanges(ranges: GRange[]): GProtection {
    const p = this._p();
    if (p.type !== 'SHEET') throw new Error('emulator: setUnprotectedRanges is only for sheet protections');
    p.unprotected = ranges.map((r) => ({ ...(r as unknown as FakeRangeBase)._range }));
    return gas(this);
  }
  remove(): void {
    const ss = this._store.spreadsheet(this._ssId);
    ss.protections = ss.protections.filter((p) => p.id !== this._id);
  }
}
