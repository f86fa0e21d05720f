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

/** [LIVE, §4.3] `Document.addHeader()` when the document already has a header. */
export const HEADER_EXISTS = 'Document tab already contains a header.';

/** [UNVERIFIED, §4.3] The footer's twin of HEADER_EXISTS (gas-fakes throws it; no live log was found). */
export const FOOTER_EXISTS = 'Document tab already contains a footer.';

/** [UNVERIFIED] Removing the last paragraph of a section; Docs needs one paragraph at the end of each section. */
export const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";

/** [UNVERIFIED wording, modelled on the §0 `Service invoked too many times for one day: email.`] */
export const DOCS_CREATE_QUOTA = 'Service invoked too many times for one day: docs create.';

/** [FIELD] §4.1: DriveApp's live text for a missing or forbidden file. */
export function driveAppMissing(method: string): string {
  return `Unexpected error while getting the method or property ${method} on object DriveApp.`;
}

/** How Apps Script names an argument's type in signature errors: String, number, Boolean, Object, X[], Service.Class. */
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

/**
 * [LIVE pattern, §1.5 and §4.3] Arguments that fit no overload:
 * `The parameters (number,DocumentApp.Body) don't match the method signature for DocumentApp.Body.insertParagraph.`
 * How live names an element argument's type (`DocumentApp.Body`) is [UNVERIFIED].
 */
export function signatureError(method: string, args: unknown[]): Error {
  return gasError(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`,
  );
}
