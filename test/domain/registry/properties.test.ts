import fc from 'fast-check';
import { isEmptyCell } from '../../../src/domain/registry/cells';
import { formatId, nextIds, parseId } from '../../../src/domain/registry/ids';
import { parseTable } from '../../../src/domain/registry/parse-table';
import type { CellValue } from '../../../src/domain/registry/sheet-row';
import { TABLES, MENTORS_TABLE } from '../../../src/domain/registry/tables';
import { toRow } from '../../../src/domain/registry/to-row';

const TZ = 'Europe/Moscow';

describe('whatever is typed into a sheet', () => {
  it('never makes reading throw, and every non-blank row comes back as a record', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.date({ noInvalidDate: false }),
      fc.constant(''),
      fc.constantFrom('=HYPERLINK("http://evil")', '01.09.2025', 'НК-0001', 'да', '3,5'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...TABLES),
        fc.array(fc.dictionary(fc.string({ maxLength: 12 }), cell)),
        (spec, rowsCells) => {
          const rows = rowsCells.map((cells, i) => {
            const keyed: Record<string, CellValue> = {};
            spec.columns.forEach((c, j) => (keyed[c.key] = Object.values(cells)[j] ?? ''));
            return { rowNumber: i + 2, cells: keyed };
          });
          const { records } = parseTable(spec, rows, { timeZone: TZ });
          const nonBlank = rows.filter(
            (r) => !Object.values(r.cells).every((v) => v === false || isEmptyCell(v)),
          );
          expect(records.map((r) => r.rowNumber)).toEqual(nonBlank.map((r) => r.rowNumber));
        },
      ),
    );
  });

  it('comes back as the same text after a write and a read, formulas included', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        (text) => {
          const cells = toRow(MENTORS_TABLE, { achievements: text }, TZ);
          const { records } = parseTable(MENTORS_TABLE, [{ rowNumber: 2, cells }], { timeZone: TZ });
          expect(records[0].achievements).toBe(text);
        },
      ),
    );
  });
});

describe('issuing IDs', () => {
  it('never gives an ID that exists or was issued before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 })),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 20 }),
        (numbers, lastIssued, count) => {
          const existing = numbers.map((n) => formatId('НК', n));
          const result = nextIds('НК', existing, lastIssued, count);
          expect(result.ids).toHaveLength(count);
          for (const id of result.ids) {
            const n = parseId(id)?.number ?? 0;
            expect(n).toBeGreaterThan(lastIssued);
            expect(existing).not.toContain(id);
          }
          expect(result.lastIssued).toBeGreaterThanOrEqual(lastIssued);
        },
      ),
    );
  });
});
