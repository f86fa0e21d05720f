/** Small named values kept with the workbook: last issued ID per prefix, the layout version. */
export interface Properties {
  /** The value, or null when it was never set. */
  get(key: string): string | null;
  /** Sets several values at once. */
  setAll(values: Readonly<Record<string, string>>): void;
}
