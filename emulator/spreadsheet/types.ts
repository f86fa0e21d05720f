/** Short names for the @types/google-apps-script interfaces the facades implement and return. */
export type GRange = GoogleAppsScript.Spreadsheet.Range;
export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
export type GDataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
export type GProtection = GoogleAppsScript.Spreadsheet.Protection;
export type GNamedRange = GoogleAppsScript.Spreadsheet.NamedRange;
export type GDeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
export type GDeveloperMetadataFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
export type GDeveloperMetadataLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
export type GConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
export type GConditionalFormatRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
export type GEmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
export type GEmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
export type GUi = GoogleAppsScript.Base.Ui;
export type GMenu = GoogleAppsScript.Base.Menu;
export type GUser = GoogleAppsScript.Base.User;

/** Facades implement only part of an interface; this cast hands one out where the full type is declared. */
export function gas<T>(facade: object): T {
  return facade as unknown as T;
}

/** Apps Script enums are modelled as their names (strings); this cast hands a name out as the enum type. */
export function enumValue<T>(name: string): T {
  return name as unknown as T;
}

/** How Apps Script names an argument's type in signature errors: String, number, Boolean, Date, Object, X[]. */
function typeName(x: unknown): string {
  if (x === null || x === undefined) return 'null';
  if (Array.isArray(x)) return `${x.length ? typeName(x[0]) : 'Object'}[]`;
  if (x instanceof Date) return 'Date';
  if (typeof x === 'string') return 'String';
  if (typeof x === 'number') return 'number';
  if (typeof x === 'boolean') return 'Boolean';
  const named = x as { _service?: string; _className?: string };
  if (named._className) return `${named._service}.${named._className}`;
  return 'Object';
}

/** The live refusal of arguments of the wrong type (§1.5: "The parameters (String) don't match ..."). */
export function signatureError(method: string, args: unknown[]): Error {
  return new Error(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`,
  );
}
