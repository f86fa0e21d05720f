/**
 * Cells the script reads and writes, per sheet, and how often it reads a sheet's values: with the call counter
 * (emulator/core/counter.ts) what the benchmark turns into modelled time (a read or write costs more the more
 * cells it moves) and into the rule «each sheet read at most once per action».
 */

/** What one sheet (by name) gave and took since the last reset. */
export interface SheetCells {
  /** Calls that read the sheet's values: getValues, getDisplayValues, getFormulas, getValue. */
  valueReads: number;
  /** Cells read by any call: values, formats, notes, fonts… */
  cellsRead: number;
  /** Cells written by any call: values, formats, notes, clears, appended rows. */
  cellsWritten: number;
}

export class CellCounter {
  private readonly bySheet = new Map<string, SheetCells>();

  private of(sheet: string): SheetCells {
    let cells = this.bySheet.get(sheet);
    if (!cells) {
      cells = { valueReads: 0, cellsRead: 0, cellsWritten: 0 };
      this.bySheet.set(sheet, cells);
    }
    return cells;
  }

  /** `count` cells of `sheet` read. */
  read(sheet: string, count: number): void {
    this.of(sheet).cellsRead += count;
  }

  /** One call reading `sheet`'s values. */
  valueRead(sheet: string): void {
    this.of(sheet).valueReads++;
  }

  /** `count` cells of `sheet` written. */
  wrote(sheet: string, count: number): void {
    this.of(sheet).cellsWritten += count;
  }

  /** Every sheet touched, by name, sorted. */
  sheets(): Record<string, SheetCells> {
    return Object.fromEntries(
      [...this.bySheet.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, c]) => [name, { ...c }]),
    );
  }

  /** The sums over every sheet. */
  totals(): SheetCells {
    const sum: SheetCells = { valueReads: 0, cellsRead: 0, cellsWritten: 0 };
    for (const c of this.bySheet.values()) {
      sum.valueReads += c.valueReads;
      sum.cellsRead += c.cellsRead;
      sum.cellsWritten += c.cellsWritten;
    }
    return sum;
  }

  reset(): void {
    this.bySheet.clear();
  }
}
