import path from 'node:path';
import type { ServiceModule } from '../core/module';
import type { Workspace } from '../workspace';
import { clientShim } from './client-shim';
import { HtmlServiceFacade } from './html-service';
import { invoke, invokeJson, type InvokeResult } from './invoke';

export { clientShim, MAX_CONCURRENT_CALLS } from './client-shim';
export type { InvokeResult } from './invoke';

/** Where the build writes the sidebars: `<repo>/dist`. */
export const DEFAULT_FILES_DIR = path.resolve(__dirname, '..', '..', 'dist');

/**
 * HtmlService and the `google.script.run` contract (docs/apps-script-platform.md §3). Holds no data between
 * executions, so its snapshot is empty.
 */
export class HtmlModule implements ServiceModule<Record<string, never>> {
  /** The folder `createHtmlOutputFromFile(name)` reads `<name>.html` from. */
  filesDir: string = DEFAULT_FILES_DIR;
  private readonly service: HtmlServiceFacade;

  constructor(readonly ws: Workspace) {
    this.service = new HtmlServiceFacade(ws, () => this.filesDir);
  }

  globals(): Record<string, unknown> {
    return { HtmlService: this.service };
  }

  /** Calls a server function as `google.script.run.<functionName>(...args)` would, as one execution. */
  invoke(functionName: string, args: readonly unknown[] = []): InvokeResult {
    return invoke(this.ws, functionName, args);
  }

  /** `invoke` with the arguments and the result as JSON strings: what a page transport hands over. */
  invokeJson(functionName: string, argsJson: string): string {
    return invokeJson(this.ws, functionName, argsJson);
  }

  /** The page script defining `google.script.run` for these server functions (see client-shim.ts). */
  clientShim(functionNames: readonly string[], transportName?: string): string {
    return clientShim(functionNames, transportName);
  }

  snapshot(): Record<string, never> {
    return {};
  }

  restore(): void {}
}
