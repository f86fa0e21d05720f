/** What one execution came back with, as the page and the scenario snapshot show it. */

/** An alert or prompt the script is waiting on: the person must answer it before the handler can go on. */
export interface Question {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  /** The ButtonSet's name (OK, OK_CANCEL, YES_NO, YES_NO_CANCEL) when known. */
  buttons: string;
}

/** How an execution ended: its value, its error, or a question it is waiting on. */
export type Outcome =
  | { ok: true; value: unknown }
  | { ok: false; error: { name: string; message: string } }
  | { ok: false; question: Question };

/** The name and message of anything thrown, including errors from the script's own vm realm. */
export function errorOf(thrown: unknown): { name: string; message: string } {
  if (thrown !== null && typeof thrown === 'object' && 'message' in thrown) {
    const e = thrown as { name?: unknown; message?: unknown };
    return { name: typeof e.name === 'string' && e.name ? e.name : 'Error', message: String(e.message) };
  }
  return { name: 'Error', message: String(thrown) };
}

// google.script.run failures carry the error's name in front: «Error: emulator: Ui.alert(…) …».
const UNANSWERED =
  /^(?:\w+: )?emulator: Ui\.(alert|prompt)\((.*)\) was shown but the test scripted no answer/s;

/**
 * The question behind the emulator's "no scripted answer" error, or null for any other error. `details` is the UI
 * record's pending question (title and buttons, which the message leaves out).
 */
export function unansweredQuestion(
  error: { message: string },
  details?: Partial<Question> | null,
): Question | null {
  const match = UNANSWERED.exec(error.message);
  if (!match) return null;
  let prompt = match[2];
  try {
    prompt = String(JSON.parse(match[2]));
  } catch {
    // The prompt is shown as the emulator printed it.
  }
  const kind = match[1] as Question['kind'];
  return {
    kind,
    title: details?.title ?? '',
    prompt: details?.prompt ?? prompt,
    buttons: details?.buttons ?? (kind === 'prompt' ? 'OK_CANCEL' : 'OK'),
  };
}
