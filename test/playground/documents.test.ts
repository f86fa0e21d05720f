import type { Server } from 'node:http';
import path from 'node:path';
import { compileScript } from '../../emulator/script-loader';
import { startServer } from '../../playground/server';
import { PlaygroundSession } from '../../playground/session';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURE = path.join(__dirname, 'fixtures');

describe('a document the add-on made', () => {
  let server: Server;
  let url: string;
  let session: PlaygroundSession;
  let docId: string;

  beforeAll(async () => {
    session = new PlaygroundSession(compileScript(FIXTURE), 'empty', null);
    const made = session.clickMenu('makeDocument', []);
    if (!made.ok) throw new Error(JSON.stringify(made));
    docId = String(made.value);
    ({ server, url } = await startServer(session, { root: ROOT, port: 0 }));
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('is listed for the page by its name', () => {
    expect(session.state().documents.map((d) => d.name)).toEqual(['Приказ № 1 <script>alert(1)</script>']);
  });

  it('reads as HTML with headings and tables, every text escaped, and no script may run', async () => {
    const response = await fetch(`${url}doc/${docId}`);
    const html = await response.text();
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(html).toContain('<h1>О закреплении наставнических пар</h1>');
    expect(html).toContain('Наставник: &lt;b&gt;Соколова&lt;/b&gt; &amp; Ко');
    expect(html).toContain('<td><p>Соколова И. В.</p></td>');
    expect(html).not.toContain('<script>alert(1)</script>');
  });

  it('downloads as an .html file named after the document', async () => {
    const response = await fetch(`${url}doc/${docId}/download`);
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Приказ № 1 <script>alert(1)</script>.html')}`,
    );
    expect(await response.text()).toContain('<main>');
  });

  it('answers 404 in Russian for a document that does not exist', async () => {
    const response = await fetch(`${url}doc/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Нет такого документа' });
  });
});
