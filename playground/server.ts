import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ScriptedAnswer } from '../emulator/spreadsheet/ui-record';
import { documentsOf } from './emulator-adapter';
import { answersFromPost, formPage, plainPage } from './form-page';
import { parsePrefilledUrl } from '../emulator/forms/prefill-parse';
import { findForm } from './forms-and-triggers';
import { attachment, HttpError, readBody, readJson, send, sendJson, sendSafeHtml } from './http-util';
import { buildPage } from './page-bundle';
import { panelHtml } from './panel-html';
import type { PageState, PlaygroundSession } from './session';
import { workbookXlsx } from './xlsx-export';
import { escapeHtml } from '../emulator/html/escape';

/** Where the server finds its page files. */
export interface ServerOptions {
  /** The repository's root (playground/page lives under it). */
  root: string;
  port: number;
  /** Only the local machine: the playground is never reachable from outside. */
  host?: string;
}

/** Starts the playground's web server on 127.0.0.1; resolves once it listens (port 0 picks a free one). */
export async function startServer(
  session: PlaygroundSession,
  options: ServerOptions,
): Promise<{ server: Server; url: string }> {
  const pageDir = path.join(options.root, 'playground', 'page');
  const assets = {
    html: readFileSync(path.join(pageDir, 'index.html'), 'utf8'),
    css: readFileSync(path.join(pageDir, 'page.css'), 'utf8'),
    plainCss: readFileSync(path.join(pageDir, 'plain.css'), 'utf8'),
    js: await buildPage(path.join(pageDir, 'main.ts')),
  };
  const server = createServer((req, res) => {
    route(session, assets, req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) console.error(error);
      if (!res.headersSent) sendJson(res, { error: message }, status);
      else res.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://${host}:${port}/` };
}

interface Assets {
  html: string;
  css: string;
  plainCss: string;
  js: string;
}

async function route(
  session: PlaygroundSession,
  assets: Assets,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  const p = url.pathname;
  refuseForeign(req, method);
  // The page asks for the cells of the sheet it shows; every answer carries them.
  const state = (): PageState => session.state(url.searchParams.get('sheet') ?? undefined);
  if (method === 'GET' && p === '/') return send(res, 200, 'text/html; charset=utf-8', assets.html);
  if (method === 'GET' && p === '/page.js')
    return send(res, 200, 'text/javascript; charset=utf-8', assets.js);
  if (method === 'GET' && p === '/page.css') return send(res, 200, 'text/css; charset=utf-8', assets.css);
  if (method === 'GET' && p === '/plain.css')
    return send(res, 200, 'text/css; charset=utf-8', assets.plainCss);
  if (method === 'GET' && p === '/api/state') return sendJson(res, state());
  if (method === 'POST' && p === '/api/open')
    return sendJson(res, { outcome: session.open(), state: state() });
  if (method === 'POST' && p === '/api/reset') {
    session.reset();
    return sendJson(res, { state: state() });
  }
  if (method === 'POST' && p === '/api/menu') {
    const body = await readJson(req);
    const answers = Array.isArray(body.answers) ? (body.answers as ScriptedAnswer[]) : [];
    const outcome = session.clickMenu(String(body.functionName ?? ''), answers);
    return sendJson(res, { outcome, state: state() });
  }
  if (method === 'POST' && p === '/api/invoke') {
    const body = await readJson(req);
    const args = Array.isArray(body.args) ? body.args : [];
    const answers = Array.isArray(body.answers) ? (body.answers as ScriptedAnswer[]) : [];
    // The shim expects exactly an InvokeResult, as ws.html.invokeJson returns it; or the question to ask first.
    return sendJson(res, session.invoke(String(body.name ?? ''), args, answers));
  }
  if (method === 'POST' && p === '/api/edit') {
    const body = await readJson(req);
    const outcome = session.edit({
      sheet: String(body.sheet ?? ''),
      row: Number(body.row),
      column: Number(body.column),
      text: String(body.text ?? ''),
    });
    return sendJson(res, { outcome, state: state() });
  }
  if (method === 'POST' && p === '/api/clock') {
    const ms = Number((await readJson(req)).ms);
    if (!(ms > 0 && ms <= 366 * 24 * 3600 * 1000))
      throw new HttpError(400, 'Часы переводятся вперёд, не больше чем на год');
    return sendJson(res, { outcome: session.advanceClock(ms), state: state() });
  }
  if (method === 'POST' && p === '/api/close') {
    const body = await readJson(req);
    session.closePanel(body.which === 'dialog' ? 'dialog' : 'sidebar');
    return sendJson(res, { state: state() });
  }
  if (method === 'GET' && (p === '/panel/sidebar' || p === '/panel/dialog')) {
    const which = p === '/panel/sidebar' ? 'sidebar' : 'dialog';
    const html = session.panelHtml(which);
    if (html === null)
      return sendSafeHtml(res, plainPage('Пусто', '<p class="muted">Ничего не открыто.</p>'), 404);
    return send(res, 200, 'text/html; charset=utf-8', panelHtml(session.host.ws, html, which));
  }
  if (method === 'GET' && p === '/export/workbook.xlsx') {
    const file = await workbookXlsx(session.host.ws);
    return send(res, 200, file.type, file.data, { 'content-disposition': attachment(file.name) });
  }
  const doc = /^\/doc\/([A-Za-z0-9_-]+)(\/download)?$/.exec(p);
  if (method === 'GET' && doc) return sendDocument(session, res, doc[1], !!doc[2]);
  const form = /^\/form\/([A-Za-z0-9_-]+)$/.exec(p);
  if (form) return handleForm(session, req, res, form[1], method);
  // A personal link as the add-on makes it (FormResponse.toPrefilledUrl), opened here: the form, pre-filled.
  if (method === 'GET' && /^\/forms\/d\/e\/[-\w]+\/viewform$/.test(p)) {
    let opened: ReturnType<typeof parsePrefilledUrl>;
    try {
      opened = parsePrefilledUrl(
        `https://docs.google.com${req.url ?? ''}`,
        (published) => findForm(session.host.ws, published) ?? undefined,
      );
    } catch {
      throw new HttpError(404, 'Нет такой формы');
    }
    const found = findForm(session.host.ws, opened.formId);
    if (found) return sendSafeHtml(res, formPage(found, undefined, opened.answers));
  }
  throw new HttpError(404, 'Нет такой страницы');
}

/**
 * Only this machine's own pages may use the playground: the Host must be the loopback address (no DNS rebinding),
 * and a change must come from the playground's own origin (no other site posting into it from the same browser).
 */
function refuseForeign(req: IncomingMessage, method: string): void {
  const host = req.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host))
    throw new HttpError(403, 'Только с этого компьютера');
  const origin = req.headers.origin;
  if (method !== 'GET' && origin !== undefined && origin !== `http://${host}`) {
    throw new HttpError(403, 'Запрос с чужой страницы отклонён');
  }
}

function sendDocument(session: PlaygroundSession, res: ServerResponse, id: string, download: boolean): void {
  const entry = documentsOf(session.host.ws).find((d) => d.id === id);
  if (!entry) throw new HttpError(404, 'Нет такого документа');
  const html = session.host.ws.docs.exportHtml(id);
  if (download) {
    return sendSafeHtml(res, html, 200, { 'content-disposition': attachment(`${entry.name}.html`) });
  }
  const styled = html
    .replace('</head>', '<link rel="stylesheet" href="/plain.css"></head>')
    .replace(
      '<body>',
      `<body class="document"><nav class="doc-bar"><b>${escapeHtml(entry.name)}</b> · ` +
        `<a href="/doc/${encodeURIComponent(id)}/download">Скачать .html</a></nav>`,
    );
  sendSafeHtml(res, styled);
}

async function handleForm(
  session: PlaygroundSession,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  method: string,
): Promise<void> {
  const form = findForm(session.host.ws, id);
  if (!form) throw new HttpError(404, 'Нет такой формы');
  if (method === 'GET') return sendSafeHtml(res, formPage(form));
  if (method !== 'POST') throw new HttpError(405, 'Так нельзя');
  const fields = new URLSearchParams(await readBody(req));
  const outcome = session.submitForm({
    form: form.id,
    answers: answersFromPost(form, fields),
    email: fields.get('__email') ?? undefined,
  });
  if (!outcome.ok) {
    const message = 'error' in outcome ? outcome.error.message : outcome.question.prompt;
    return sendSafeHtml(res, formPage(form, `Ответ не принят: ${message}`), 400);
  }
  const thanks = form.confirmationMessage || 'Ваш ответ записан.';
  sendSafeHtml(
    res,
    plainPage(
      form.title || form.fileName,
      `<h1>${escapeHtml(form.title || form.fileName)}</h1><p>${escapeHtml(thanks)}</p>` +
        `<p><a href="/form/${encodeURIComponent(form.id)}">Отправить ещё один ответ</a></p>`,
    ),
  );
}
