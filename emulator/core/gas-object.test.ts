import { GasObject } from './gas-object';
import { EXECUTION_TIME_LIMIT_MESSAGE, Runtime } from './runtime';
import { Workspace } from '../workspace';

class Thing extends GasObject {
  value = 1;
  constructor(rt: Runtime) {
    super(rt, 'TestService', 'Thing');
  }
  getValue(): number {
    return this.value;
  }
  getTwice(): number {
    return this.getValue() + this.getValue();
  }
}

describe('GasObject', () => {
  it('throws "not implemented: Class.method" for a member the emulator lacks', () => {
    const thing = new Thing(new Runtime()) as unknown as Record<string, unknown>;
    expect(() => thing.getFormula).toThrow('not implemented: Thing.getFormula');
  });

  it('counts only the outermost call a script makes', () => {
    const rt = new Runtime();
    const thing = new Thing(rt);
    expect(thing.getTwice()).toBe(2);
    expect(rt.counter.methods()).toEqual({ 'Thing.getTwice': 1 });
    expect(rt.counter.count('TestService')).toBe(1);
  });

  it('kills the execution at the chosen call and at every call after it', () => {
    const rt = new Runtime();
    const thing = new Thing(rt);
    rt.begin({ kind: 'menu' });
    rt.killAt({ method: 'Thing.getValue', occurrence: 2 });
    expect(thing.getValue()).toBe(1);
    expect(() => thing.getValue()).toThrow(EXECUTION_TIME_LIMIT_MESSAGE);
    expect(() => thing.getTwice()).toThrow(EXECUTION_TIME_LIMIT_MESSAGE);
    rt.end();
    expect(thing.getValue()).toBe(1);
  });
});

describe('how emulated objects print (docs/apps-script-platform.md §6.9, §8 item 13)', () => {
  it('a facade prints as its class name, uncounted, in String(), template literals and toString()', () => {
    const rt = new Runtime();
    const thing = new Thing(rt);
    expect([String(thing), `${thing}`, thing.toString(), 'x' + thing]).toEqual([
      'Thing',
      'Thing',
      'Thing',
      'xThing',
    ]);
    expect(rt.counter.total()).toBe(0);
  });

  it('live class names across the services: Range, Paragraph, HeaderSection, Form, builders, Blob', () => {
    const ws = new Workspace();
    const g = ws.globals() as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      FormApp: GoogleAppsScript.Forms.FormApp;
      Utilities: GoogleAppsScript.Utilities.Utilities;
    };
    const doc = ws.docs.DocumentApp.create('Приказ');
    const form = g.FormApp.create('Анкета');
    const printed = [
      g.SpreadsheetApp.getActiveSpreadsheet(),
      g.SpreadsheetApp.getActiveSheet(),
      g.SpreadsheetApp.getActiveSheet().getRange('A1'),
      g.SpreadsheetApp.newDataValidation(),
      g.SpreadsheetApp.newDataValidation().requireCheckbox().build(),
      g.SpreadsheetApp.newConditionalFormatRule(),
      doc,
      doc.getBody(),
      doc.getBody().appendParagraph('п'),
      doc.getBody().appendTable([['a']]),
      doc.addHeader(),
      form,
      form.addTextItem(),
      form.addPageBreakItem(),
      g.Utilities.newBlob('x'),
      g.SpreadsheetApp,
    ].map(String);
    expect(printed).toEqual([
      'Spreadsheet',
      'Sheet',
      'Range',
      'DataValidationBuilder',
      'DataValidation',
      'ConditionalFormatRuleBuilder',
      'Document',
      'Body',
      'Paragraph',
      'Table',
      'HeaderSection',
      'Form',
      'TextItem',
      'PageBreakItem',
      'Blob',
      'SpreadsheetApp',
    ]);
  });

  it('enum values print as their names', () => {
    const ws = new Workspace();
    const app = ws.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(`${app.ProtectionType.RANGE}`).toBe('RANGE');
    expect(String(ws.docs.DocumentApp.ParagraphHeading.HEADING1)).toBe('HEADING1');
  });
});
