import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { Workspace } from '../workspace';
import { clientShim } from '.';
import { LOST_ANSWER } from './client-shim';

type Handler = (...args: unknown[]) => void;
type Runner = Record<string, Handler> & {
  withSuccessHandler(fn: Handler): Runner;
  withFailureHandler(fn: Handler | null): Runner;
  withUserObject(obj: unknown): Runner;
};
interface Page {
  window: Record<string, unknown> & { console: { error: jest.Mock } };
  run: Runner;
  host: { close: Handler; setHeight: Handler; setWidth: Handler; editor: { focus: Handler } };
  sent: Array<{ name: string; argsJson: string }>;
}

/** A page in a vm context whose transport calls ws.html.invokeJson, as playwright's exposeFunction would. */
function page(
  ws: Workspace,
  names: string[],
  transport?: (name: string, argsJson: string) => Promise<string>,
): Page {
  const sent: Page['sent'] = [];
  const win = {
    console: { error: jest.fn() },
    __gasInvoke: (name: string, argsJson: string) => {
      sent.push({ name, argsJson });
      return transport ? transport(name, argsJson) : Promise.resolve(ws.html.invokeJson(name, argsJson));
    },
  } as unknown as Page['window'];
  win.window = win;
  win.self = win;
  vm.createContext(win);
  vm.runInContext(clientShim(names), win);
  const google = win.google as { script: { run: Runner; host: Page['host'] } };
  return { window: win, run: google.script.run, host: google.script.host, sent };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the google.script.run page shim (§3.3, §3.4)', () => {
  it('has each server function as an own enumerable key, as gas-client needs (toolchain trap 12)', () => {
    const { run } = page(new Workspace(), ['listMentors', 'saveMentor']);
    expect(Object.keys(run)).toEqual([
      'listMentors',
      'saveMentor',
      'withSuccessHandler',
      'withFailureHandler',
      'withUserObject',
    ]);
  });

  it('calls the server and hands the result and the user object to the success handler', async () => {
    const ws = new Workspace();
    ws.loadScript({ add: (a: number, b: number) => a + b });
    const { run } = page(ws, ['add']);
    const success = jest.fn();
    run.withSuccessHandler(success).withUserObject('row-7').add(2, 3);
    await settle();
    expect(success).toHaveBeenCalledWith(5, 'row-7');
  });

  it('returns a new frozen runner from every with* call and leaves the old one as it was', async () => {
    const ws = new Workspace();
    ws.loadScript({
      fail: () => {
        throw new Error('x');
      },
    });
    const { run, window } = page(ws, ['fail']);
    const failure = jest.fn();
    const plain = run.withSuccessHandler(jest.fn());
    const handled = plain.withFailureHandler(failure);
    expect(handled).not.toBe(plain);
    expect(Object.isFrozen(plain)).toBe(true);
    plain.fail();
    await settle();
    expect(failure).not.toHaveBeenCalled();
    expect(window.console.error).toHaveBeenCalledTimes(1);
  });

  it('gives the failure handler an Error with the server name and message', async () => {
    const ws = new Workspace();
    ws.loadScript({
      fail: () => {
        throw new Error('Укажите наставника');
      },
    });
    const { run } = page(ws, ['fail']);
    const failure = jest.fn();
    run.withFailureHandler(failure).withUserObject(1).fail();
    await settle();
    const [error, userObject] = failure.mock.calls[0] as [Error, unknown];
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
    expect([error.name, error.message, userObject]).toEqual(['Error', 'Error: Укажите наставника', 1]);
  });

  it('logs a failure with console.error when there is no failure handler', async () => {
    const { run, window } = page(new Workspace(), ['missing']);
    run.missing();
    await settle();
    const error = window.console.error.mock.calls[0][0] as Error;
    expect(error.message).toBe('Script function not found: missing');
  });

  it('stays silent on failure after withFailureHandler(null)', async () => {
    const { run, window } = page(new Workspace(), ['missing']);
    run.withFailureHandler(null).missing();
    await settle();
    expect(window.console.error).not.toHaveBeenCalled();
  });

  it('throws from the call itself, sending nothing, when an argument is a Date', () => {
    const { run, sent } = page(new Workspace(), ['save']);
    expect(() => run.save(new Date())).toThrow('Failed due to illegal value in property: 0');
    expect(sent).toEqual([]);
  });

  it('sends undefined inside an array as null', async () => {
    const { run, sent } = page(new Workspace(), ['save']);
    run.withFailureHandler(null).save([1, undefined], undefined);
    await settle();
    expect(sent).toEqual([{ name: 'save', argsJson: '[[1,null],null]' }]);
  });

  it('sends a form given as the sole argument as field names to string values', async () => {
    const { run, sent } = page(new Workspace(), ['save']);
    const form = {
      nodeType: 1,
      nodeName: 'FORM',
      tagName: 'FORM',
      elements: [
        { name: 'fio', type: 'text', value: 'Иванова' },
        { name: 'stage', type: 'number', value: 7 },
        { name: 'consent', type: 'checkbox', value: 'on', checked: false },
      ],
    };
    run.withFailureHandler(null).save(form);
    await settle();
    expect(sent[0].argsJson).toBe('[{"fio":"Иванова","stage":"7"}]');
  });

  it('runs at most 10 calls at once; the 11th starts when one finishes', async () => {
    const pending: Array<() => void> = [];
    const transport = () =>
      new Promise<string>((resolve) => pending.push(() => resolve('{"ok":true,"value":null}')));
    const { run, sent } = page(new Workspace(), ['slow'], transport);
    for (let i = 0; i < 11; i++) run.slow(i);
    await settle();
    expect(sent).toHaveLength(10);
    pending[0]();
    await settle();
    expect(sent).toHaveLength(11);
    expect(sent[10].argsJson).toBe('[10]');
  });

  it('loses the answers it is told to after the server ran the calls, then answers again', async () => {
    const ws = new Workspace();
    const saved: string[] = [];
    ws.loadScript({ save: (name: string) => saved.push(name) });
    const { run, window } = page(ws, ['save']);
    window.__gasInvokeLoseAnswers = 1;
    const answers: unknown[] = [];
    const runner = run
      .withSuccessHandler((value) => answers.push(value))
      .withFailureHandler((error) => answers.push(`${(error as Error).name} | ${(error as Error).message}`));
    runner.save('Иванова');
    await settle();
    runner.save('Петрова');
    await settle();
    expect(saved).toEqual(['Иванова', 'Петрова']);
    expect(answers).toEqual([`${LOST_ANSWER.name} | ${LOST_ANSWER.message}`, 2]);
    expect(window.__gasInvokeLoseAnswers).toBe(0);
  });

  it('works through gas-client, which lists the functions with Object.keys', async () => {
    const ws = new Workspace();
    ws.loadScript({ greet: (name: string) => `Здравствуйте, ${name}` });
    const { window } = page(ws, ['greet']);
    vm.runInContext(readFileSync(require.resolve('gas-client'), 'utf8'), window);
    const { GASClient } = window.GASClient as {
      GASClient: new () => { serverFunctions: Record<string, Handler> };
    };
    const { serverFunctions } = new GASClient();
    await expect(serverFunctions.greet('Анна')).resolves.toBe('Здравствуйте, Анна');
  });

  it('answers google.script.url.getLocation with an empty location', async () => {
    const { window } = page(new Workspace(), []);
    const location = await new Promise((resolve) =>
      (
        window.google as { script: { url: { getLocation(cb: (l: unknown) => void): void } } }
      ).script.url.getLocation(resolve),
    );
    expect(location).toEqual({ hash: '', parameter: {}, parameters: {} });
  });

  it('reports google.script.host actions to the host hook, even when the functions are detached', () => {
    const { host, window } = page(new Workspace(), []);
    const hook = jest.fn();
    window.__gasInvokeHost = hook;
    const { close, setHeight } = host;
    close();
    setHeight(500);
    host.editor.focus();
    expect(hook.mock.calls).toEqual([
      ['close', undefined],
      ['setHeight', 500],
      ['focus', undefined],
    ]);
  });
});
