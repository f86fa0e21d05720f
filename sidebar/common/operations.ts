/**
 * Operation IDs for the writing endpoints: one per intent of the person, so that «Сохранить» clicked again after
 * an answer was lost is applied once. The server answers an ID it has done with the first result and writes
 * nothing (src/app/operations/run-operation.ts); it takes 8 to 64 characters of [A-Za-z0-9_-].
 */

/** 64 characters: a random byte's low six bits pick one with equal chances. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
/** 22 characters, 132 random bits. */
const LENGTH = 22;

/** A new operation ID, from crypto.getRandomValues (Math.random only where the page has no crypto). */
export function newOperationId(): string {
  const bytes = new Uint8Array(LENGTH);
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (crypto && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < LENGTH; i++) bytes[i] = Math.floor(Math.random() * 256);
  let id = '';
  for (let i = 0; i < LENGTH; i++) id += ALPHABET[bytes[i] & 63];
  return id;
}

/**
 * Whether a failed call was refused by the server (a UserError: it wrote nothing), rather than lost or stopped
 * (the server may have done it). The failure handler's Error keeps the server error's name, and its message
 * starts with it (emulator/html/invoke.ts).
 */
export function isRefusal(error: unknown): boolean {
  return error instanceof Error && (error.name === 'UserError' || /^UserError\s*:/.test(error.message));
}

/** The writing call of one form, with the operation ID of the intent it carries. */
export interface Operation {
  /**
   * Calls `call` with the operation ID of `request`: the ID of the last attempt when the same request is sent
   * again after a failure the server may have acted on, else a new one. Answers or throws what `call` does.
   */
  send<T>(request: unknown, call: (operationId: string) => Promise<T>): Promise<T>;
}

/**
 * A form's operation: its ID is kept after a lost answer, a timeout or a stopped execution, for a retry of the same
 * request, and dropped after a success or a refusal (a corrected input is a new intent). A changed request is a new
 * intent too: an ID names one request, and the server would answer the old one's result for it.
 */
export function operation(): Operation {
  let kept: { request: string; id: string } | null = null;
  return {
    async send<T>(input: unknown, call: (operationId: string) => Promise<T>): Promise<T> {
      const request = JSON.stringify(input) ?? '';
      const id = kept?.request === request ? kept.id : newOperationId();
      kept = { request, id };
      try {
        const result = await call(id);
        kept = null;
        return result;
      } catch (error) {
        if (isRefusal(error)) kept = null;
        throw error;
      }
    },
  };
}
