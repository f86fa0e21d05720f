import { GasObject } from '../core/gas-object';
import type { PlatformContext } from './context';
import type { LogEntry } from './state';

/** Renders one logged value: strings as they are, other values as JSON where possible. */
function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.stack ?? String(value);
  if (value instanceof Date) return value.toString();
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** `%s`/`%d` substitution (Logger.log's format form, console's printf form); extra arguments are appended. */
export function formatMessage(args: unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string' || rest.length === 0) return args.map(show).join(' ');
  let used = 0;
  const text = first.replace(/%[sdif%]/g, (spec) => {
    if (spec === '%%') return '%';
    if (used >= rest.length) return spec;
    const value = rest[used++];
    return spec === '%s' ? show(value) : String(spec === '%f' ? Number(value) : Math.trunc(Number(value)));
  });
  return [text, ...rest.slice(used).map(show)].join(' ');
}

function append(ctx: PlatformContext, level: LogEntry['level'], message: string): void {
  ctx.state.log.push({ level, message, at: ctx.iso() });
}

/** `Logger`: works in every auth mode (§2.1); writes to the execution log `ws.platform.log`. */
export class LoggerFacade extends GasObject implements Partial<GoogleAppsScript.Base.Logger> {
  constructor(private readonly _ctx: PlatformContext) {
    super(_ctx.rt, 'Logger', 'Logger');
  }

  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    append(this._ctx, 'log', values.length > 0 ? formatMessage([String(data), ...values]) : show(data));
    return this as unknown as GoogleAppsScript.Base.Logger;
  }

  /** The messages since the last `clear()`, one a line. */
  getLog(): string {
    return this._ctx.state.log.map((e) => e.message).join('\n');
  }

  clear(): void {
    this._ctx.state.log = [];
  }
}

/** Apps Script's `console`: each call records its level and message in the execution log. */
export class ConsoleFacade extends GasObject {
  constructor(private readonly _ctx: PlatformContext) {
    super(_ctx.rt, 'console', 'console');
  }

  log(...args: unknown[]): void {
    append(this._ctx, 'log', formatMessage(args));
  }

  info(...args: unknown[]): void {
    append(this._ctx, 'info', formatMessage(args));
  }

  warn(...args: unknown[]): void {
    append(this._ctx, 'warn', formatMessage(args));
  }

  error(...args: unknown[]): void {
    append(this._ctx, 'error', formatMessage(args));
  }
}
