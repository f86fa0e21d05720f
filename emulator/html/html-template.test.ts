import { Workspace } from '../workspace';

function template(source: string, props: Record<string, unknown> = {}, ws = new Workspace()): string {
  const HtmlService = ws.globals().HtmlService as GoogleAppsScript.HTML.HtmlService;
  const t = HtmlService.createTemplate(source);
  Object.assign(t, props);
  return t.evaluate().getContent();
}

describe('HtmlTemplate.evaluate (§3.5)', () => {
  it('HTML-escapes a printing scriptlet in body text', () => {
    expect(template('<p><?= name ?></p>', { name: '<b>Иванова</b> & Co' })).toBe(
      '<p>&lt;b&gt;Иванова&lt;/b&gt; &amp; Co</p>',
    );
  });

  it('escapes quotes inside an attribute value', () => {
    expect(template('<input value="<?= v ?>">', { v: '" onfocus="alert(1)' })).toBe(
      '<input value="&quot; onfocus=&quot;alert(1)">',
    );
  });

  it('prints a value inside <script> as a JS literal that cannot close the script', () => {
    expect(template('<script>var d = <?= data ?>;</script>', { data: { n: '</script>' } })).toBe(
      '<script>var d = {"n":"\\u003c/script\\u003e"};</script>',
    );
  });

  it('treats a scriptlet inside the <script> start tag as an attribute, not as script', () => {
    expect(template('<script src="<?= url ?>"></script>', { url: 'a.js?x="1"' })).toBe(
      '<script src="a.js?x=&quot;1&quot;"></script>',
    );
  });

  it('force-prints without escaping with <?!= ?>', () => {
    expect(template('<div><?!= html ?></div>', { html: '<b>ok</b>' })).toBe('<div><b>ok</b></div>');
  });

  it('prints only the first statement of a printing scriptlet', () => {
    expect(template("<?= 'Hello'; 'abc' ?>")).toBe('Hello');
  });

  it('runs code scriptlets, such as a loop over a property', () => {
    const source = '<ul><? for (var i = 0; i < names.length; i++) { ?><li><?= names[i] ?></li><? } ?></ul>';
    expect(template(source, { names: ['Анна', 'Олег'] })).toBe('<ul><li>Анна</li><li>Олег</li></ul>');
  });

  it('lets code append to output, escaped or not', () => {
    expect(template("<? output.append('<i>'); output.appendUntrusted('<i>'); ?>")).toBe('<i>&lt;i&gt;');
  });

  it("sees the loaded script's functions, as the include pattern needs", () => {
    const ws = new Workspace();
    ws.loadScript({ include: (name: string) => `<style>/* ${name} */</style>` });
    expect(template("<?!= include('css') ?>", {}, ws)).toBe('<style>/* css */</style>');
  });

  it('prints null and undefined as nothing', () => {
    expect(template('[<?= a ?>][<?= b ?>]', { a: null, b: undefined })).toBe('[][]');
  });

  it('throws on an unclosed scriptlet', () => {
    expect(() => template('<p><?= name </p>', { name: 'x' })).toThrow(
      'Unterminated scriptlet at character 3 of the template',
    );
  });

  it('turns output back into a template with asTemplate', () => {
    const ws = new Workspace();
    const HtmlService = ws.globals().HtmlService as GoogleAppsScript.HTML.HtmlService;
    const t = HtmlService.createHtmlOutput('<?= 1 + 1 ?>').asTemplate();
    expect(t.evaluate().getContent()).toBe('2');
  });
});
