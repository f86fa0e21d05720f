import { GasObject } from '../core/gas-object';
import { FakeConditionalFormatRuleBuilder } from './conditional-format';
import { SPREADSHEET_ENUMS } from './enums';
import { FakeRichTextValueBuilder } from './rich-text';
import { FakeSpreadsheet } from './spreadsheet';
import type { SpreadsheetStore } from './store';
import { FakeUi } from './ui';
import {
  gas,
  type GConditionalFormatRuleBuilder,
  type GDataValidationBuilder,
  type GRange,
  type GSheet,
  type GSpreadsheet,
  type GUi,
} from './types';
import { FakeDataValidationBuilder } from './validation';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** The `SpreadsheetApp` global. */
export class FakeSpreadsheetApp extends GasObject implements Partial<App> {
  readonly ProtectionType = SPREADSHEET_ENUMS.ProtectionType as unknown as App['ProtectionType'];
  readonly DataValidationCriteria =
    SPREADSHEET_ENUMS.DataValidationCriteria as unknown as App['DataValidationCriteria'];
  readonly BooleanCriteria = SPREADSHEET_ENUMS.BooleanCriteria as unknown as App['BooleanCriteria'];
  readonly DeveloperMetadataVisibility =
    SPREADSHEET_ENUMS.DeveloperMetadataVisibility as unknown as App['DeveloperMetadataVisibility'];
  readonly DeveloperMetadataLocationType =
    SPREADSHEET_ENUMS.DeveloperMetadataLocationType as unknown as App['DeveloperMetadataLocationType'];
  readonly Dimension = SPREADSHEET_ENUMS.Dimension as unknown as App['Dimension'];

  constructor(readonly _store: SpreadsheetStore) {
    super(_store.rt, 'SpreadsheetApp', 'SpreadsheetApp');
  }

  /** The container-bound spreadsheet; needs access to the current document (§2.1 table). */
  getActiveSpreadsheet(): GSpreadsheet {
    this._store.rt.require('document', 'SpreadsheetApp.getActiveSpreadsheet');
    const id = this._store.state.activeId;
    if (!id) throw new Error('emulator: no active spreadsheet');
    return gas(new FakeSpreadsheet(this._store, id));
  }
  getActive(): GSpreadsheet {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): GSheet {
    return this.getActiveSpreadsheet().getActiveSheet();
  }
  getActiveRange(): GRange {
    return this.getActiveSpreadsheet().getActiveRange() as GRange;
  }
  getSelection(): GoogleAppsScript.Spreadsheet.Selection {
    return this.getActiveSpreadsheet().getSelection();
  }
  getCurrentCell(): GRange {
    return this.getActiveSpreadsheet().getCurrentCell() as GRange;
  }
  /** Another spreadsheet needs full authorisation; the current one only document access (§2.1). */
  openById(id: string): GSpreadsheet {
    this._store.rt.require(
      id === this._store.state.activeId ? 'document' : 'user-data',
      'SpreadsheetApp.openById',
    );
    // [UNVERIFIED text] as for DriveApp.getFileById (§4.1), the live error names the method, not the id.
    if (!this._store.get(id))
      throw new Error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return gas(new FakeSpreadsheet(this._store, id));
  }
  openByUrl(url: string): GSpreadsheet {
    const id = /\/d\/([^/]+)/.exec(url)?.[1] ?? '';
    return this.openById(id);
  }
  create(name: string): GSpreadsheet {
    this._store.rt.require('services', 'SpreadsheetApp.create');
    return gas(new FakeSpreadsheet(this._store, this._store.create(name, this._store.rt.activeUser).id));
  }
  /** §1.10: the emulator applies every change at once, so there is nothing pending. */
  flush(): void {}

  /** §1.11: throws where there is no UI (time-driven and installable triggers). */
  getUi(): GUi {
    if (!this._store.rt.hasUi) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    this._store.rt.require('ui', 'SpreadsheetApp.getUi');
    return gas(new FakeUi(this._store));
  }
  newRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    return gas(new FakeRichTextValueBuilder(this._rt));
  }
  newDataValidation(): GDataValidationBuilder {
    return gas(new FakeDataValidationBuilder(this._store));
  }
  newConditionalFormatRule(): GConditionalFormatRuleBuilder {
    return gas(new FakeConditionalFormatRuleBuilder(this._store, this._store.state.activeId ?? ''));
  }
}
