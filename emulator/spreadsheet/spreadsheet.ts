import { GasObject } from '../core/gas-object';
import { addMetadata } from './metadata';
import { FakeDeveloperMetadataFinder } from './metadata-finder';
import type { SheetModel, SpreadsheetModel } from './model';
import { FakeNamedRange, findNamed } from './named-range';
import { FakeProtection, FakeUser } from './protection';
import { FakeRange } from './range';
import type { FakeRangeBase } from './range-base';
import { sameName } from './resolve';
import { selectionOf } from './selection';
import { FakeSheet } from './sheet';
import { FakeTextFinder } from './text-finder';
import { newSheet, type SpreadsheetStore } from './store';
import {
  enumValue,
  gas,
  type GDeveloperMetadata,
  type GDeveloperMetadataFinder,
  type GNamedRange,
  type GProtection,
  type GRange,
  type GSheet,
  type GSpreadsheet,
} from './types';

/** `SpreadsheetApp` Spreadsheet: holds the id only; reads the model on each call. */
export class FakeSpreadsheet extends GasObject implements Partial<GSpreadsheet> {
  constructor(
    readonly _store: SpreadsheetStore,
    readonly _ssId: string,
  ) {
    super(_store.rt, 'SpreadsheetApp', 'Spreadsheet');
  }
  _ss(): SpreadsheetModel {
    return this._store.spreadsheet(this._ssId);
  }
  _sheet(model: SheetModel): GSheet {
    return gas(new FakeSheet(this._store, this._ssId, model.sheetId));
  }

  getId(): string {
    return this._ssId;
  }
  getName(): string {
    return this._ss().name;
  }
  /** Renames the spreadsheet and its Drive file. */
  rename(newName: string): void {
    this._ss().name = newName;
    this._store.files?.rename(this._ssId, newName);
  }
  /** The spreadsheet's owner (the user who created it). */
  getOwner(): GoogleAppsScript.Base.User {
    return gas(new FakeUser(this._store.rt, this._ss().owner));
  }
  /** Editors of the file: the owner only (sharing is not modelled). */
  getEditors(): GoogleAppsScript.Base.User[] {
    return [this.getOwner()];
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._ssId}/edit`;
  }
  /** §1.1: serials are read in this zone, which may differ from the script's. */
  getSpreadsheetTimeZone(): string {
    return this._ss().timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this._ss().timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this._ss().locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._ss().locale = locale;
  }

  getSheets(): GSheet[] {
    return this._ss().sheets.map((s) => this._sheet(s));
  }
  getNumSheets(): number {
    return this._ss().sheets.length;
  }
  /** §1.4: null when missing; the leftmost on duplicate names. */
  getSheetByName(name: string): GSheet | null {
    const sheet = this._ss().sheets.find((s) => s.name === name);
    return sheet ? this._sheet(sheet) : null;
  }
  getSheetById(id: number): GSheet | null {
    const sheet = this._ss().sheets.find((s) => s.sheetId === id);
    return sheet ? this._sheet(sheet) : null;
  }
  /** `insertSheet()`, `(index)`, `(name)`, `(name, index)`; index is 0-based. §1.4: it becomes active. */
  insertSheet(nameOrIndex?: string | number | object, index?: number | object): GSheet {
    if (typeof nameOrIndex === 'object' || typeof index === 'object') {
      throw new Error('emulator: insertSheet with template options is not implemented');
    }
    this._store.requireWrite('Spreadsheet.insertSheet');
    const ss = this._ss();
    const given = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? ss.sheets.length);
    if (given !== undefined && ss.sheets.some((s) => sameName(s.name, given))) {
      throw new Error(`A sheet with the name "${given}" already exists. Please enter another name.`);
    }
    let name = given;
    for (let k = ss.sheets.length + 1; name === undefined; k++) {
      if (!ss.sheets.some((s) => sameName(s.name, `Лист${k}`))) name = `Лист${k}`;
    }
    const sheet = newSheet((ss.nextId++ * 1_000_003) % 2_147_483_647, name);
    ss.sheets.splice(Math.max(0, Math.min(at, ss.sheets.length)), 0, sheet);
    ss.activeSheetId = sheet.sheetId;
    return this._sheet(sheet);
  }
  /** Removes the sheet and everything anchored to it. [UNVERIFIED text] The last sheet cannot go. */
  deleteSheet(sheet: GSheet): void {
    this._store.requireWrite('Spreadsheet.deleteSheet');
    const ss = this._ss();
    const id = sheet.getSheetId();
    if (ss.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const index = ss.sheets.findIndex((s) => s.sheetId === id);
    ss.sheets = ss.sheets.filter((s) => s.sheetId !== id);
    ss.protections = ss.protections.filter((p) => p.sheetId !== id);
    ss.namedRanges = ss.namedRanges.filter((n) => n.range.sheetId !== id);
    ss.metadata = ss.metadata.filter((m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== id);
    if (ss.activeSheetId === id) ss.activeSheetId = ss.sheets[Math.max(0, index - 1)].sheetId;
  }
  getActiveSheet(): GSheet {
    const ss = this._ss();
    return this._sheet(ss.sheets.find((s) => s.sheetId === ss.activeSheetId) ?? ss.sheets[0]);
  }
  setActiveSheet(sheet: GSheet): GSheet {
    return sheet.activate();
  }
  /** The selection on the active sheet; A1 when the user selected nothing else (a bound script always has one). */
  getActiveRange(): GRange {
    const ss = this._ss();
    const selected = ss.activeRange;
    if (
      selected &&
      selected.sheetId === ss.activeSheetId &&
      ss.sheets.some((s) => s.sheetId === selected.sheetId)
    ) {
      return gas(new FakeRange(this._store, this._ssId, { ...selected }));
    }
    return this.getActiveSheet().getRange(1, 1);
  }
  setActiveRange(range: GRange): GRange {
    return range.activate();
  }
  getSelection(): GoogleAppsScript.Spreadsheet.Selection {
    return selectionOf(this._store, gas(this));
  }
  /** Moves the active sheet to a 1-based position among the sheets. */
  moveActiveSheet(pos: number): void {
    const ss = this._ss();
    const index = ss.sheets.findIndex((s) => s.sheetId === ss.activeSheetId);
    const [sheet] = ss.sheets.splice(index, 1);
    ss.sheets.splice(Math.max(0, Math.min(pos - 1, ss.sheets.length)), 0, sheet);
  }
  /** The top-left cell of the selection. */
  getCurrentCell(): GRange {
    return this.getActiveRange().getCell(1, 1);
  }
  getActiveCell(): GRange {
    return this.getCurrentCell();
  }
  /** A1 notation on the active sheet, or 'Лист!A1:B2' on the named one. */
  getRange(a1Notation: string): GRange {
    return this.getActiveSheet().getRange(a1Notation);
  }

  setNamedRange(name: string, range: GRange): void {
    const ss = this._ss();
    const model = { ...(range as unknown as FakeRangeBase)._range };
    const existing = ss.namedRanges.find((n) => n.name === name);
    if (existing) existing.range = model;
    else ss.namedRanges.push({ name, range: model });
  }
  /** §1.4: null when the name is not found. */
  getRangeByName(name: string): GRange | null {
    const n = findNamed(this._ss(), name);
    return n ? gas(new FakeRange(this._store, this._ssId, { ...n.range })) : null;
  }
  /** §1.4: throws when there is no such name ([UNVERIFIED] message text). */
  removeNamedRange(name: string): void {
    const ss = this._ss();
    if (!ss.namedRanges.some((n) => n.name === name)) throw new Error(`Named range "${name}" not found.`);
    ss.namedRanges = ss.namedRanges.filter((n) => n.name !== name);
  }
  getNamedRanges(): GNamedRange[] {
    return this._ss().namedRanges.map((n) =>
      gas<GNamedRange>(new FakeNamedRange(this._store, this._ssId, n.name)),
    );
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GProtection[] {
    return this._ss()
      .protections.filter((p) => p.type === String(type))
      .map((p) => gas<GProtection>(new FakeProtection(this._store, this._ssId, p.id)));
  }

  addDeveloperMetadata(key: string, ...rest: unknown[]): GSpreadsheet {
    this._store.requireWrite('Spreadsheet.addDeveloperMetadata');
    addMetadata(this._ss(), { type: 'SPREADSHEET' }, [key, ...rest]);
    return gas(this);
  }
  /** The spreadsheet's own (top-level) metadata. */
  getDeveloperMetadata(): GDeveloperMetadata[] {
    return this.createDeveloperMetadataFinder().withLocationType(enumValue('SPREADSHEET')).find();
  }
  /** §1.9: searches the spreadsheet, its sheets, rows and columns. */
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder {
    return gas(new FakeDeveloperMetadataFinder(this._store, this._ssId, { kind: 'spreadsheet' }));
  }

  /** Searches every sheet, left to right. */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    const scope = this._ss().sheets.map((s) => ({
      sheetId: s.sheetId,
      row: 1,
      column: 1,
      numRows: s.maxRows,
      numColumns: s.maxColumns,
    }));
    return gas(new FakeTextFinder(this._store, this._ssId, scope, findText));
  }

  /** §1.11: recorded in ws.spreadsheet.ui.toasts; without a UI session (time-driven runs) nobody sees it. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    if (!this._store.rt.hasUi) return;
    this._store.ui.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }
}
