import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Workspace } from '../../emulator/workspace';
import { DIST } from '../../emulator/script-loader';

/** Debian's Chromium (apt-get install chromium); playwright cannot download browsers here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that let headless Chromium start on a closed network (docs/toolchain.md, trap 15). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=ru-RU',
];

/** Where browser tests leave screenshots for a person to look at. */
export const ARTIFACTS = path.join(__dirname, '..', '..', 'test-results', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens dist/<name>.html at the sidebar's 300 px width, with google.script.run answered by the script loaded
 * into the Workspace (through ws.html.invoke, so the real JSON-safety rules apply) and google.script.host
 * actions recorded in `hostActions`.
 */
export async function openSidebar(
  browser: Browser,
  ws: Workspace,
  name: string,
): Promise<{ page: Page; hostActions: string[] }> {
  const page = await browser.newPage({ viewport: { width: 300, height: 700 }, locale: 'ru-RU' });
  const hostActions: string[] = [];
  await page.exposeFunction('__gasInvoke', (fn: string, argsJson: string) =>
    JSON.stringify(ws.html.invoke(fn, JSON.parse(argsJson) as unknown[])),
  );
  await page.exposeFunction('__gasInvokeHost', (action: string) => {
    hostActions.push(action);
  });
  const shim = ws.html.clientShim(ws.scriptFunctionNames(), '__gasInvoke');
  const html = readFileSync(path.join(DIST, `${name}.html`), 'utf8').replace(
    /<head>/i,
    () => `<head><script>${shim}</script>`,
  );
  await page.setContent(html);
  return { page, hostActions };
}

/** Saves a screenshot of the page as a test artifact and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Waits until a condition on the test's side holds (e.g. a host action arrived from the page). */
export async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
