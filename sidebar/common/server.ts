import { GASClient } from 'gas-client';
import type * as server from '../../src/index';

/**
 * Typed calls to the add-on's server functions over google.script.run: the types come from src/index.ts, so a
 * renamed or changed endpoint breaks the sidebar's build, not a curator's click. Results are promises.
 */
const client = new GASClient<typeof server>();

export const serverFunctions = client.serverFunctions;
export const host = client.scriptHostFunctions;

/** The Russian text to show for a failed call: a UserError's message as the server wrote it. */
export function failureText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim() || 'Не удалось выполнить действие. Повторите попытку.';
}
