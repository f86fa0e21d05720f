import type { Workspace } from '../emulator/workspace';
import { loadBundle } from '../support/load-bundle';

/**
 * loadBundle, with the bundle's `Date` being jest's own: the emulator recognises a written value as a date with
 * `instanceof Date`, which a Date of the bundle's vm realm fails (it would be stored as its text, e.g.
 * «Sun Aug 31 2025 21:00:00 GMT…», and read back as a broken row). The clock is the host's, as the registry's
 * SystemClock reads it.
 */
export function loadBundleSharingDate(ws: Workspace): Record<string, unknown> {
  const context = loadBundle(ws);
  context.Date = Date;
  return context;
}
