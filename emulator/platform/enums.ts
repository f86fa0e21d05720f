/** Apps Script enums as frozen name → name maps: `e.authMode === ScriptApp.AuthMode.NONE` compares strings. */
function enumOf<K extends string>(...names: K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>);
}

/** `ScriptApp.AuthMode` (§2.1). */
export const AuthMode = enumOf('NONE', 'LIMITED', 'CUSTOM_FUNCTION', 'FULL');
/** `ScriptApp.AuthorizationStatus` (§2.1). */
export const AuthorizationStatus = enumOf('REQUIRED', 'NOT_REQUIRED');
/** `ScriptApp.TriggerSource`. */
export const TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
/** `ScriptApp.EventType`. */
export const EventType = enumOf(
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
);
/** `ScriptApp.WeekDay`, in `Date.getDay()` order. */
export const WeekDay = enumOf('SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY');
/** `Utilities.Charset`. */
export const Charset = enumOf('US_ASCII', 'UTF_8');
/** `Utilities.DigestAlgorithm`. */
export const DigestAlgorithm = enumOf('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
