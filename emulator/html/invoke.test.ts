import { Workspace } from '../workspace';
import { gasError } from './html-service';

function workspaceWith(functions: Record<string, unknown>): Workspace {
  const ws = new Workspace();
  ws.loadScript(functions);
  return ws;
}

describe('google.script.run on the server (ws.html.invoke, §3.3)', () => {
  it('returns the function result as the success value', () => {
    const ws = workspaceWith({ add: (a: number, b: number) => a + b });
    expect(ws.html.invoke('add', [2, 3])).toEqual({ ok: true, value: 5 });
  });

  it('cannot call a private function whose name ends with _', () => {
    const ws = workspaceWith({ secret_: () => 'hidden' });
    expect(ws.html.invoke('secret_', [])).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Script function not found: secret_' },
    });
  });

  it('cannot call a function the script does not define', () => {
    const ws = workspaceWith({});
    expect(ws.html.invoke('missing', [])).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Script function not found: missing' },
    });
  });

  it('fails the call when an argument is a Date, naming the argument index', () => {
    let called = false;
    const ws = workspaceWith({ save: () => (called = true) });
    expect(ws.html.invoke('save', ['x', new Date()])).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Failed due to illegal value in property: 1' },
    });
    expect(called).toBe(false);
  });

  it('fails the call when a Date hides inside an object argument, naming its key', () => {
    const ws = workspaceWith({ save: () => null });
    const result = ws.html.invoke('save', [{ mentor: { since: new Date() } }]);
    expect(result).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Failed due to illegal value in property: since' },
    });
  });

  it('fails the call when an argument is a function', () => {
    const ws = workspaceWith({ save: () => null });
    expect(ws.html.invoke('save', [{ onDone: () => 1 }])).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Failed due to illegal value in property: onDone' },
    });
  });

  it('fails the call when an argument is a DOM node', () => {
    const ws = workspaceWith({ save: () => null });
    const node = { nodeType: 1, nodeName: 'DIV', tagName: 'DIV' };
    expect(ws.html.invoke('save', [node])).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Failed due to illegal value in property: 0' },
    });
  });

  it('passes plain data that merely has a nodeType field', () => {
    const ws = workspaceWith({ echo: (value: unknown) => value });
    expect(ws.html.invoke('echo', [{ nodeType: 2 }])).toEqual({ ok: true, value: { nodeType: 2 } });
  });

  it('fails the call when an argument is a Map (not a plain object)', () => {
    const ws = workspaceWith({ save: () => null });
    expect(ws.html.invoke('save', [[new Map()]])).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Failed due to illegal value in property: 0' },
    });
  });

  it('fails the call when an argument is circular', () => {
    const ws = workspaceWith({ save: () => null });
    const loop: Record<string, unknown> = { name: 'a' };
    loop.self = loop;
    expect(ws.html.invoke('save', [loop])).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Failed due to circular reference.' },
    });
  });

  it('turns undefined inside an array into null and drops undefined fields', () => {
    const ws = workspaceWith({ echo: (value: unknown) => value });
    expect(ws.html.invoke('echo', [{ list: [1, undefined, 3], gone: undefined }])).toEqual({
      ok: true,
      value: { list: [1, null, 3] },
    });
  });

  it('passes the server a copy, so server-side changes do not reach the caller', () => {
    const ws = workspaceWith({
      mutate: (value: { n: number }) => {
        value.n = 99;
        return value.n;
      },
    });
    const arg = { n: 1 };
    expect(ws.html.invoke('mutate', [arg])).toEqual({ ok: true, value: 99 });
    expect(arg.n).toBe(1);
  });

  it('fails the call when the return value holds a Date anywhere', () => {
    const ws = workspaceWith({ grid: () => [['Иванова', new Date(Date.UTC(2025, 0, 1))]] });
    const result = ws.html.invoke('grid', []);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toBe(
      'grid returned a Date at result[0][1]: google.script.run cannot carry it. ' +
        'Return JSON-safe data (Dates as ISO strings). (emulator check, docs/apps-script-platform.md §3.3)',
    );
  });

  it('returns null for a function that returns nothing', () => {
    const ws = workspaceWith({ noop: () => undefined });
    expect(ws.html.invoke('noop', [])).toEqual({ ok: true, value: null });
  });

  it('reports a thrown Error with its name and the message as the page sees it', () => {
    const ws = workspaceWith({
      fail: () => {
        throw new Error('Укажите наставника');
      },
    });
    expect(ws.html.invoke('fail', [])).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Error: Укажите наставника' },
    });
  });

  it('reports an Apps Script exception as Exception: message', () => {
    const ws = workspaceWith({
      fail: () => {
        throw gasError('No HTML file named x was found.');
      },
    });
    expect(ws.html.invoke('fail', [])).toEqual({
      ok: false,
      error: { name: 'Exception', message: 'Exception: No HTML file named x was found.' },
    });
  });

  it('runs the function as one sidebar execution in FULL auth mode (§2.1)', () => {
    const ws = workspaceWith({});
    ws.loadScript({ where: () => `${ws.rt.kind}/${ws.rt.authMode}` });
    expect(ws.html.invoke('where', [])).toEqual({ ok: true, value: 'sidebar/FULL' });
    expect(ws.rt.kind).toBe('test');
  });

  it('takes and gives JSON through invokeJson, as a page transport does', () => {
    const ws = workspaceWith({ pair: (a: string, b: string) => ({ a, b }) });
    expect(JSON.parse(ws.html.invokeJson('pair', '["x",null]'))).toEqual({
      ok: true,
      value: { a: 'x', b: null },
    });
  });
});
