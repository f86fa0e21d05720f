import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workspace } from '../workspace';
import { DEFAULT_FILES_DIR } from '.';

function setup(): { ws: Workspace; HtmlService: GoogleAppsScript.HTML.HtmlService } {
  const ws = new Workspace();
  return { ws, HtmlService: ws.globals().HtmlService as GoogleAppsScript.HTML.HtmlService };
}

describe('HtmlService outputs (§3.1, §3.2)', () => {
  it('reads project files from <repo>/dist by default, where the build writes the sidebars', () => {
    expect(DEFAULT_FILES_DIR).toBe(path.resolve(__dirname, '..', '..', 'dist'));
  });

  it('creates output from a file in the files folder, with or without .html', () => {
    const { ws, HtmlService } = setup();
    ws.html.filesDir = mkdtempSync(path.join(tmpdir(), 'html-'));
    writeFileSync(path.join(ws.html.filesDir, 'sidebar.html'), '<p>Наставник</p>');
    expect(HtmlService.createHtmlOutputFromFile('sidebar').getContent()).toBe('<p>Наставник</p>');
    expect(HtmlService.createHtmlOutputFromFile('sidebar.html').getContent()).toBe('<p>Наставник</p>');
  });

  it('throws the live message when the file is missing', () => {
    const { ws, HtmlService } = setup();
    ws.html.filesDir = mkdtempSync(path.join(tmpdir(), 'html-'));
    expect(() => HtmlService.createHtmlOutputFromFile('index')).toThrow(
      'No HTML file named index was found.',
    );
    expect(() => HtmlService.createTemplateFromFile('index')).toThrow('No HTML file named index was found.');
  });

  it('escapes appended untrusted text but not trusted text', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('<b>');
    out.append('<i>').appendUntrusted('<script>alert("x")</script>');
    expect(out.getContent()).toBe('<b><i>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('keeps title, size, meta tags and X-Frame options', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('')
      .setTitle('Наставник')
      .setWidth(320.7)
      .setHeight(480)
      .addMetaTag('viewport', 'width=device-width')
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
    expect([out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(['Наставник', 320, 480]);
    expect(out.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([
      ['viewport', 'width=device-width'],
    ]);
  });

  it('counts each call the script makes', () => {
    const { ws, HtmlService } = setup();
    HtmlService.createHtmlOutput('x').setTitle('t');
    expect(ws.rt.counter.methods()).toEqual({ 'HtmlOutput.setTitle': 1, 'HtmlService.createHtmlOutput': 1 });
  });

  it('says what is not implemented instead of returning undefined', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('x') as unknown as Record<string, unknown>;
    expect(() => out.getBlob).toThrow('not implemented: HtmlOutput.getBlob');
  });
});
