/** An Apps Script exception as scripts see it: `name` Exception, printed `Exception: message`. */
export function gasError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/*
 * Messages below are [UNVERIFIED]: no live text was found for them (docs/apps-script-platform.md §5 lists the behaviour
 * only). Each says what was wrong, in the style of Apps Script's own messages.
 */

/** `FormApp.create('')` (§5.1 [DOC]: throws on a null or empty title). */
export const EMPTY_TITLE = 'Invalid argument: title';
/** openById / openByUrl of an unknown form; patterned on the DriveApp text of §4.1. */
export const NO_FORM = (method: string) =>
  `Unexpected error while getting the method or property ${method} on object FormApp.`;
/** `setChoiceValues([])`, `setChoices([])` (§5.1 [DOC]). */
export const EMPTY_CHOICES = 'Invalid argument: choices must not be empty';
/** `GridItem.setRows([])` / `setColumns([])` (§5.1 [DOC]). */
export const EMPTY_ROWS = (what: 'rows' | 'columns') => `Invalid argument: ${what} must not be empty`;
/** `ScaleItem.setBounds` out of range (§5.1 [DOC]: lower 0 or 1, upper 3 to 10). */
export const SCALE_BOUNDS = (lower: number, upper: number) =>
  `Invalid argument: scale bounds ${lower}..${upper}; the lower bound must be 0 or 1 and the upper 3 to 10`;
/** An item response that does not fit its item (§5.2 [DOC]: createResponse validates). */
export const INVALID_ANSWER = (title: string, value: unknown) =>
  `Invalid response submitted to item "${title}": ${JSON.stringify(value)}`;
/** `submit()` twice (§5.2 [DOC]). */
export const ALREADY_SUBMITTED = 'This response has already been submitted.';
/** withItemResponse on a submitted response (§5.2 [DOC]: only on unsubmitted responses). */
export const NOT_EDITABLE = 'Item responses can only be added to a response that has not been submitted.';
/** `setAcceptingResponses(true)` on an unpublished form (§5.1 [DOC]). */
export const UNPUBLISHED = 'The form is not published, so it cannot accept responses.';
/** `setDestination` with an id that is no spreadsheet (§5.1 [DOC]: throws if the ID is invalid). */
export const BAD_DESTINATION = (id: string) => `Invalid argument: destinationId (${id} is not a spreadsheet)`;
/** `getDestinationId()` with no destination. */
export const NO_DESTINATION = 'The form currently has no response destination.';
/** `asXxxItem()` on an item of another type. */
export const WRONG_TYPE = (type: string, wanted: string) =>
  `Item of type ${type} cannot be cast to ${wanted}.`;
/** An item id or index the form does not hold. */
export const NO_ITEM = (what: string) => `No item with the given ID or index: ${what}`;
