import fc from 'fast-check';
import { must, setup } from './test-kit';

type Op = { kind: 'insert' | 'delete'; at: number; count: number };

const ops = fc.array(
  fc.record({
    kind: fc.constantFrom<'insert' | 'delete'>('insert', 'delete'),
    at: fc.integer({ min: 1, max: 12 }),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  { maxLength: 12 },
);

describe('SpreadsheetApp structural edits (§1.9 property)', () => {
  it('column metadata always sits on the column its cells moved to, and goes when they go', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), ops, (column, edits: Op[]) => {
        const { ss, sheet } = setup();
        sheet.getRange(1, column).setValue('метка');
        sheet.getRange(1, column, sheet.getMaxRows(), 1).addDeveloperMetadata('column', 'tracked');
        for (const op of edits) {
          const max = sheet.getMaxColumns();
          if (op.kind === 'insert' && op.at <= max) sheet.insertColumnsBefore(op.at, op.count);
          if (op.kind === 'delete' && op.at + op.count - 1 <= max && op.count < max) {
            sheet.deleteColumns(op.at, op.count);
          }
        }
        const found = ss.createDeveloperMetadataFinder().withValue('tracked').find();
        const cells = sheet.createTextFinder('метка').findAll();
        expect(found.length).toBe(cells.length);
        if (cells.length) {
          expect(must(found[0].getLocation().getColumn()).getColumn()).toBe(cells[0].getColumn());
        }
      }),
      { numRuns: 150 },
    );
  });

  it('row metadata follows its row through row inserts and deletes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), ops, (row, edits: Op[]) => {
        const { ss, sheet } = setup();
        sheet.getRange(row, 1).setValue('метка');
        sheet.getRange(`${row}:${row}`).addDeveloperMetadata('row', 'tracked');
        for (const op of edits) {
          if (op.kind === 'insert') sheet.insertRowsBefore(op.at, op.count);
          else sheet.deleteRows(op.at, op.count);
        }
        const found = ss.createDeveloperMetadataFinder().withValue('tracked').find();
        const cells = sheet.createTextFinder('метка').findAll();
        expect(found.length).toBe(cells.length);
        if (cells.length) expect(must(found[0].getLocation().getRow()).getRow()).toBe(cells[0].getRow());
      }),
      { numRuns: 150 },
    );
  });
});
