import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest request body the playground accepts (sidebar payloads and form answers are small). */
const MAX_BODY = 2 * 1024 * 1024;

/** Pages the playground renders from a person's data run no scripts at all. */
export const NO_SCRIPTS_CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

/** Reads a request body as text, refusing anything too large. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'Слишком большой запрос'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Reads a JSON object body. */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  // A JSON content type cannot be sent across sites without a CORS preflight, which this server never grants.
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new HttpError(415, 'Ожидался запрос с типом application/json');
  }
  const text = await readBody(req);
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : {};
  } catch {
    throw new HttpError(400, 'Запрос не в формате JSON');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new HttpError(400, 'Ожидался объект JSON');
  return data as Record<string, unknown>;
}

/** An error that answers with its status and a Russian message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Sends a response with the playground's safety headers. */
export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

/** Sends JSON. */
export function sendJson(res: ServerResponse, value: unknown, status = 200): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** Sends an HTML page that may not run scripts (documents, forms: they show people's text). */
export function sendSafeHtml(
  res: ServerResponse,
  html: string,
  status = 200,
  headers: Record<string, string> = {},
): void {
  send(res, status, 'text/html; charset=utf-8', html, {
    'content-security-policy': NO_SCRIPTS_CSP,
    ...headers,
  });
}

/** A header value for downloading a file with a Russian name. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
