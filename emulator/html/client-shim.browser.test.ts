import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../test/support/browser';
import { Workspace } from '../workspace';

/** The page's google.script.run as these tests use it (types only; erased before the code reaches the page). */
interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  echo(...args: unknown[]): void;
  fail(): void;
}
interface PageWindow {
  google: { script: { run: Runner } };
}

/** A blank page in Chromium with the shim injected first and its transport answered by ws.html.invokeJson. */
async function open(browser: Browser, ws: Workspace, body = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.exposeFunction('__gasInvoke', (name: string, argsJson: string) =>
    ws.html.invokeJson(name, argsJson),
  );
  const shim = ws.html.clientShim(['echo', 'fail']);
  await page.setContent(`<html><head><script>${shim}</script></head><body>${body}</body></html>`);
  return page;
}

describe('the google.script.run shim in Chromium (§3.3)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  function workspace(): Workspace {
    const ws = new Workspace();
    ws.loadScript({
      echo: (value: unknown) => value,
      fail: () => {
        throw new Error('Нет доступа');
      },
    });
    return ws;
  }

  it('sends a real <form> element as field names to string values', async () => {
    const page = await open(
      browser,
      workspace(),
      '<form id="f"><input name="fio" value="Иванова"><input type="checkbox" name="consent" checked>' +
        '<input type="checkbox" name="other"><select name="role"><option>Наставник</option></select></form>',
    );
    const result = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const run = (window as unknown as PageWindow).google.script.run;
          run.withSuccessHandler(resolve).echo(document.getElementById('f'));
        }),
    );
    expect(result).toEqual({ fio: 'Иванова', consent: 'on', role: 'Наставник' });
  });

  it('throws from the call itself when an argument is a page Date or a DOM element', async () => {
    const page = await open(browser, workspace(), '<div id="d"></div>');
    const messages = await page.evaluate(() => {
      const run = (window as unknown as PageWindow).google.script.run;
      const attempt = (arg: unknown) => {
        try {
          run.echo('x', arg);
          return 'sent';
        } catch (e) {
          return (e as Error).message;
        }
      };
      return [attempt(new Date()), attempt({ node: document.getElementById('d') })];
    });
    expect(messages).toEqual([
      'Failed due to illegal value in property: 1',
      'Failed due to illegal value in property: node',
    ]);
  });

  it('hands the failure handler an Error from the server', async () => {
    const page = await open(browser, workspace());
    const failure = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const run = (window as unknown as PageWindow).google.script.run;
          run.withFailureHandler((e: Error) => resolve([e instanceof Error, e.name, e.message])).fail();
        }),
    );
    expect(failure).toEqual([true, 'Error', 'Error: Нет доступа']);
  });
});
