/**
 * Apps Script service errors. Live V8 errors from services have `name === 'Exception'`, so `String(e)` reads
 * `Exception: <message>` while `e.message` is the bare text.
 */
export function gasError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/**
 * Errors of an Advanced Service call (`GoogleJsonResponseException: API call to drive.files.get failed with
 * error: ...`). The prefix pattern is [FIELD] (ericyd/gdrive-copy#142); `message` carries the whole text after
 * the class name, as the platform prints it.
 */
export function apiError(method: string, detail: string): Error {
  const error = new Error(`API call to ${method} failed with error: ${detail}`);
  error.name = 'GoogleJsonResponseException';
  return error;
}

/** [FIELD] Live text after `saveAndClose()`, e.g. quoted in a comment of a public Apps Script report generator. */
export const DOCUMENT_CLOSED = 'Document is closed, its contents cannot be updated.';

/** [LIVE: gas-fakes test/testdocsnext.js] Inserting an element that still has a parent (§4.2, §8 item 12). */
export const MUST_BE_DETACHED = 'Element must be detached.';

/** [UNVERIFIED] Removing the last paragraph of a section; Docs needs one paragraph at the end of each section. */
export const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";

/** [UNVERIFIED wording, modelled on the §0 `Service invoked too many times for one day: email.`] */
export const DOCS_CREATE_QUOTA = 'Service invoked too many times for one day: docs create.';

/** [FIELD] §4.1: DriveApp's live text for a missing or forbidden file. */
export function driveAppMissing(method: string): string {
  return `Unexpected error while getting the method or property ${method} on object DriveApp.`;
}
