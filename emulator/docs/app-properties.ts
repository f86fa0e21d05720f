import { apiError } from './errors';
import type { FileModel } from './files';

/** [DOC] At most 30 private properties per file from one application. */
export const MAX_APP_PROPERTIES = 30;
/** [DOC] At most 124 bytes per property, key and value together, in UTF-8. */
export const MAX_PROPERTY_BYTES = 124;

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Applies a v3 `appProperties` patch to a file (a null value removes the key), within the documented limits
 * (developers.google.com/workspace/drive/api/guides/properties). The API's error texts for a broken limit are not
 * documented [UNVERIFIED]: the emulator's say which limit.
 */
export function patchAppProperties(method: string, file: FileModel, patch: unknown): void {
  if (patch === undefined || patch === null) return;
  if (typeof patch !== 'object' || Array.isArray(patch)) {
    throw apiError(`drive.files.${method}`, 'Invalid value for appProperties: expected an object.');
  }
  const entries = Object.entries(patch as Record<string, unknown>);
  const removed = new Set(entries.filter(([, value]) => value === null).map(([key]) => key));
  const next = Object.fromEntries(
    Object.entries(file.appProperties ?? {}).filter(([key]) => !removed.has(key)),
  );
  for (const [key, value] of entries) {
    if (value === null) continue;
    const text = String(value);
    if (utf8Bytes(key) + utf8Bytes(text) > MAX_PROPERTY_BYTES) {
      throw apiError(
        `drive.files.${method}`,
        `The size of the property ${key} exceeds the ${MAX_PROPERTY_BYTES}-byte limit (key and value in UTF-8).`,
      );
    }
    next[key] = text;
  }
  if (Object.keys(next).length > MAX_APP_PROPERTIES) {
    throw apiError(
      `drive.files.${method}`,
      `A file may have at most ${MAX_APP_PROPERTIES} private properties per application.`,
    );
  }
  file.appProperties = next;
}
