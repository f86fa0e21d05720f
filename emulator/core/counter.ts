/** Counts every Apps Script call a script makes, per service and per `Class.method`: the benchmarks' budget meter. */
export class CallCounter {
  private readonly byMethod = new Map<string, number>();
  private readonly byService = new Map<string, number>();

  record(service: string, className: string, method: string): void {
    const key = `${className}.${method}`;
    this.byMethod.set(key, (this.byMethod.get(key) ?? 0) + 1);
    this.byService.set(service, (this.byService.get(service) ?? 0) + 1);
  }

  /** Calls of one method, e.g. `count('Range.getValues')`, or of a whole service, e.g. `count('SpreadsheetApp')`. */
  count(key: string): number {
    return this.byMethod.get(key) ?? this.byService.get(key) ?? 0;
  }

  /** Every counted method with its calls, sorted by name. */
  methods(): Record<string, number> {
    return Object.fromEntries([...this.byMethod.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Every service with its calls, sorted by name. */
  services(): Record<string, number> {
    return Object.fromEntries([...this.byService.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  total(): number {
    let sum = 0;
    for (const n of this.byService.values()) sum += n;
    return sum;
  }

  reset(): void {
    this.byMethod.clear();
    this.byService.clear();
  }
}
