/** The Properties port on the document's properties: shared by every user of this workbook. */
import type { Properties } from '../../ports/properties';

/** Document properties of the open spreadsheet (ID counters, layout version). */
export class GasDocumentProperties implements Properties {
  private readonly store = PropertiesService.getDocumentProperties();

  get(key: string): string | null {
    return this.store.getProperty(key);
  }

  setAll(values: Readonly<Record<string, string>>): void {
    if (Object.keys(values).length > 0) this.store.setProperties({ ...values });
  }
}
