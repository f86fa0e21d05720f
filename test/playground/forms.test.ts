import type { Server } from 'node:http';
import path from 'node:path';
import { compileScript } from '../../emulator/script-loader';
import { startServer } from '../../playground/server';
import { PlaygroundSession } from '../../playground/session';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURE = path.join(__dirname, 'fixtures');

describe('a form the add-on made, answered on its playground page', () => {
  let server: Server;
  let url: string;
  let session: PlaygroundSession;
  let formId: string;

  beforeAll(async () => {
    session = new PlaygroundSession(compileScript(FIXTURE), 'empty', null);
    const made = session.clickMenu('makeForm', []);
    if (!made.ok) throw new Error(JSON.stringify(made));
    formId = String(made.value);
    ({ server, url } = await startServer(session, { root: ROOT, port: 0 }));
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('is listed for the page', () => {
    expect(session.state().forms).toEqual([
      { id: formId, title: 'Анкета наставляемого', responses: 0, accepting: true },
    ]);
  });

  it('shows every question as a field, text escaped', async () => {
    const html = await (await fetch(`${url}form/${formId}`)).text();
    expect(html).toContain('<legend>Ваше имя <span class="required"');
    expect(html).toContain('value="Да"');
  });

  it('takes the answers as a respondent, writes the responses sheet and fires the form-submit trigger', async () => {
    const q = session.host.ws.forms.form(formId)?.items ?? [];
    const body = new URLSearchParams({ [`q${q[0].id}`]: 'Анна <b>Смирнова</b>', [`q${q[1].id}`]: 'Да' });
    const response = await fetch(`${url}form/${formId}`, { method: 'POST', body });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('записан');
    const names = session.state().workbook.sheets.map((s) => s.name);
    expect(names).toHaveLength(2);
    const answers = session.state(names[1]).workbook.sheets[1];
    expect(answers.rows[1].map((c) => c.text)).toContain('Анна <b>Смирнова</b>');
    expect(session.state('Лист1').workbook.sheets[0].rows[0][2].text).toBe('ответ: Анна <b>Смирнова</b>');
  });

  it('opens a pre-filled link here, its answers already in the fields and escaped', async () => {
    const [name, agreed] = session.host.ws.forms.form(formId)?.items ?? [];
    const { ws } = session.host;
    const FormApp = ws.forms.globals().FormApp as GoogleAppsScript.Forms.FormApp;
    const link = ws.run(() => {
      const form = FormApp.openById(formId);
      return form
        .createResponse()
        .withItemResponse(form.getItemById(name.id).asTextItem().createResponse('"><b>Код</b>'))
        .withItemResponse(form.getItemById(agreed.id).asMultipleChoiceItem().createResponse('Да'))
        .toPrefilledUrl();
    });
    const local = link.replace('https://docs.google.com', '');
    expect(local).toMatch(/^\/forms\/d\/e\/[-\w]+\/viewform\?/);
    const html = await (await fetch(`${url}${local.slice(1)}`)).text();
    expect(html).toContain(`name="q${name.id}" value="&quot;&gt;&lt;b&gt;Код&lt;/b&gt;"`);
    expect(html).toContain('value="Да" checked>');
    expect((await fetch(`${url}forms/d/e/unknown/viewform?usp=pp_url`)).status).toBe(404);
  });

  it('refuses an answer without a required question, in the page, in Russian', async () => {
    const response = await fetch(`${url}form/${formId}`, { method: 'POST', body: new URLSearchParams({}) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Ответ не принят: Ответьте на обязательные вопросы: «Ваше имя»');
  });
});
