import { request, type Server } from 'node:http';
import path from 'node:path';
import { compileScript } from '../../emulator/script-loader';
import { startServer } from '../../playground/server';
import { PlaygroundSession } from '../../playground/session';

const ROOT = path.join(__dirname, '..', '..');

/** A raw request, so the test can send any Host header. */
function raw(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the playground server', () => {
  let server: Server;
  let url: string;
  let session: PlaygroundSession;

  beforeAll(async () => {
    session = new PlaygroundSession(compileScript(path.join(__dirname, 'fixtures')), 'empty', null);
    ({ server, url } = await startServer(session, { root: ROOT, port: 0 }));
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('listens on the loopback address only', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the spreadsheet window', async () => {
    const response = await fetch(url);
    expect(await response.text()).toContain('<nav id="menubar"');
  });

  it('refuses a change posted by another site open in the same browser', async () => {
    const response = await fetch(`${url}api/menu`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: JSON.stringify({ functionName: 'writeAfterAsking', answers: ['YES'] }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Запрос с чужой страницы отклонён' });
  });

  it('refuses a cross-site "simple" request without a JSON content type', async () => {
    const response = await fetch(`${url}api/menu`, { method: 'POST', body: '{"functionName":"nameIt"}' });
    expect(response.status).toBe(415);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    expect(await raw(`${url}api/state`, { host: 'evil.example' })).toBe(403);
    expect(await raw(`${url}api/state`, { host: `localhost:${new URL(url).port}` })).toBe(200);
  });

  it('answers google.script.run calls with the emulator’s result', async () => {
    const response = await fetch(`${url}api/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'nameIt_', args: [] }),
    });
    expect(await response.json()).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Script function not found: nameIt_' },
    });
  });
});
