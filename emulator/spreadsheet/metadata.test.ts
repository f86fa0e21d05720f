import { must, setup } from './test-kit';

const ARBITRARY =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

describe('SpreadsheetApp developer metadata (§1.9, §8 item 6)', () => {
  it('puts metadata on a whole column and returns the same range (§1.9)', () => {
    const { sheet } = setup();
    const column = sheet.getRange('G:G');
    expect(column.addDeveloperMetadata('column', 'fullName').getA1Notation()).toBe('G:G');
    const [m] = sheet.getRange('G:G').getDeveloperMetadata();
    expect([m.getKey(), m.getValue()]).toEqual(['column', 'fullName']);
    expect(String(m.getLocation().getLocationType())).toBe('COLUMN');
    expect(must(m.getLocation().getColumn()).getA1Notation()).toBe('G:G');
    expect(m.getLocation().getRow()).toBeNull();
  });

  it('puts metadata on a whole row (§1.9)', () => {
    const { sheet } = setup();
    sheet.getRange('8:8').addDeveloperMetadata('row', 'header');
    const [m] = sheet.getRange('8:8').getDeveloperMetadata();
    expect(String(m.getLocation().getLocationType())).toBe('ROW');
    expect(must(m.getLocation().getRow()).getA1Notation()).toBe('8:8');
  });

  it('refuses a single cell with the live message (§1.9)', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('G3').addDeveloperMetadata('k')).toThrow(ARBITRARY);
  });

  it('refuses a partial column with the live message (§1.9)', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:A10').addDeveloperMetadata('k')).toThrow(ARBITRARY);
  });

  it('does not give a cell its column metadata (§1.9)', () => {
    const { sheet } = setup();
    sheet.getRange('G:G').addDeveloperMetadata('column', 'fullName');
    expect(sheet.getRange('G3').getDeveloperMetadata()).toEqual([]);
  });

  it('defaults to DOCUMENT visibility; PROJECT can be chosen (§1.9)', () => {
    const { app, sheet } = setup();
    sheet.addDeveloperMetadata('a');
    sheet.addDeveloperMetadata('b', 'v', app.DeveloperMetadataVisibility.PROJECT);
    const [a, b] = sheet.getDeveloperMetadata();
    expect(String(a.getVisibility())).toBe('DOCUMENT');
    expect(a.getValue()).toBeNull();
    expect(String(b.getVisibility())).toBe('PROJECT');
  });

  it('keeps spreadsheet, sheet and column metadata apart (§1.9)', () => {
    const { ss, sheet } = setup();
    ss.addDeveloperMetadata('schema', '3');
    sheet.addDeveloperMetadata('table', 'mentors');
    sheet.getRange('B:B').addDeveloperMetadata('column', 'id');
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['schema']);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['table']);
    expect(
      sheet
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(['table', 'column']);
  });

  it('finds by key, value and location type across the spreadsheet (§1.9)', () => {
    const { app, ss, sheet } = setup();
    const other = ss.insertSheet('Наставляемые');
    sheet.getRange('B:B').addDeveloperMetadata('column', 'id');
    other.getRange('C:C').addDeveloperMetadata('column', 'id');
    other.getRange('D:D').addDeveloperMetadata('column', 'name');
    const found = ss
      .createDeveloperMetadataFinder()
      .withKey('column')
      .withValue('id')
      .withLocationType(app.DeveloperMetadataLocationType.COLUMN)
      .find();
    expect(found.map((m) => must(m.getLocation().getColumn()).getSheet().getName())).toEqual([
      'Лист1',
      'Наставляемые',
    ]);
  });

  it('moves column metadata when a column is inserted before it (§1.9)', () => {
    const { ss, sheet } = setup();
    sheet.getRange('C:C').addDeveloperMetadata('column', 'status');
    sheet.insertColumnBefore(1);
    const [m] = ss.createDeveloperMetadataFinder().withValue('status').find();
    expect(must(m.getLocation().getColumn()).getA1Notation()).toBe('D:D');
  });

  it('moves column metadata back when a column before it is deleted (§1.9)', () => {
    const { ss, sheet } = setup();
    sheet.getRange('C:C').addDeveloperMetadata('column', 'status');
    sheet.deleteColumns(1, 2);
    const [m] = ss.createDeveloperMetadataFinder().withValue('status').find();
    expect(must(m.getLocation().getColumn()).getA1Notation()).toBe('A:A');
  });

  it('deletes column metadata with its column (§1.9)', () => {
    const { ss, sheet } = setup();
    sheet.getRange('C:C').addDeveloperMetadata('column', 'status');
    sheet.deleteColumn(3);
    expect(ss.createDeveloperMetadataFinder().withValue('status').find()).toEqual([]);
  });

  it('moves row metadata with inserted rows and deletes it with its row (§1.9)', () => {
    const { ss, sheet } = setup();
    sheet.getRange('5:5').addDeveloperMetadata('row', 'r5');
    sheet.insertRowsBefore(2, 3);
    const [m] = ss.createDeveloperMetadataFinder().withValue('r5').find();
    expect(must(m.getLocation().getRow()).getA1Notation()).toBe('8:8');
    sheet.deleteRow(8);
    expect(ss.createDeveloperMetadataFinder().withValue('r5').find()).toEqual([]);
  });

  it('does not move column metadata when rows change (§1.9)', () => {
    const { ss, sheet } = setup();
    sheet.getRange('C:C').addDeveloperMetadata('column', 'status');
    sheet.insertRowBefore(1);
    sheet.deleteRow(5);
    const [m] = ss.createDeveloperMetadataFinder().withValue('status').find();
    expect(must(m.getLocation().getColumn()).getA1Notation()).toBe('C:C');
  });

  it('metadata on several columns shrinks and grows with edits inside it (§1.9)', () => {
    const { ss, sheet } = setup();
    sheet.getRange('B:D').addDeveloperMetadata('block', 'dates');
    const column = (): string =>
      must(
        ss.createDeveloperMetadataFinder().withKey('block').find()[0].getLocation().getColumn(),
      ).getA1Notation();
    sheet.deleteColumn(3);
    expect(column()).toBe('B:C');
    sheet.insertColumnAfter(2);
    expect(column()).toBe('B:D');
    sheet.deleteColumns(2, 3);
    expect(ss.createDeveloperMetadataFinder().withKey('block').find()).toEqual([]);
  });

  it('metadata on another sheet does not move with this sheet’s edits (§1.9)', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Наставляемые');
    other.getRange('C:C').addDeveloperMetadata('column', 'status');
    sheet.insertColumnBefore(1);
    sheet.deleteColumn(3);
    const [m] = ss.createDeveloperMetadataFinder().withValue('status').find();
    expect(must(m.getLocation().getColumn()).getA1Notation()).toBe('C:C');
  });

  it('deletes a sheet’s metadata with the sheet (§1.9)', () => {
    const { ss } = setup();
    const other = ss.insertSheet('Журнал');
    other.addDeveloperMetadata('table', 'log');
    other.getRange('A:A').addDeveloperMetadata('column', 'when');
    ss.deleteSheet(other);
    expect(ss.createDeveloperMetadataFinder().find()).toEqual([]);
  });

  it('setValue, remove and unique ids (§1.9)', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A:A').addDeveloperMetadata('column', 'a');
    sheet.getRange('B:B').addDeveloperMetadata('column', 'b');
    const [a, b] = ss.createDeveloperMetadataFinder().withKey('column').find();
    expect(a.getId()).not.toBe(b.getId());
    a.setValue('renamed');
    expect(ss.createDeveloperMetadataFinder().withId(a.getId()).find()[0].getValue()).toBe('renamed');
    b.remove();
    expect(ss.createDeveloperMetadataFinder().withKey('column').find()).toHaveLength(1);
  });

  it('moveToColumn re-anchors an entry (§1.9 live)', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A:A').addDeveloperMetadata('column', 'a');
    const [m] = ss.createDeveloperMetadataFinder().find();
    m.moveToColumn(sheet.getRange('E:E'));
    expect(must(m.getLocation().getColumn()).getA1Notation()).toBe('E:E');
  });

  it('a range finder sees only metadata wholly inside the range unless asked for intersections', () => {
    const { sheet } = setup();
    sheet.getRange('3:3').addDeveloperMetadata('row', 'r3');
    expect(sheet.getRange('A1:D5').createDeveloperMetadataFinder().find()).toEqual([]);
    expect(sheet.getRange('1:5').createDeveloperMetadataFinder().find()).toHaveLength(1);
    expect(
      sheet.getRange('A1:D5').createDeveloperMetadataFinder().onIntersectingLocations().find(),
    ).toHaveLength(1);
  });
});
