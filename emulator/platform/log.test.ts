import { platformWorkspace } from './test-kit';

describe('Logger and console', () => {
  it('formats Logger.log with %s and records it in the execution log', () => {
    const { ws, g } = platformWorkspace();
    g.Logger.log('Строк: %s из %s', 3, 10);
    expect(ws.platform.log).toEqual([
      { level: 'log', message: 'Строк: 3 из 10', at: new Date(ws.rt.now).toISOString() },
    ]);
  });

  it('returns the log text and clears it', () => {
    const { g } = platformWorkspace();
    g.Logger.log('one');
    g.Logger.log({ a: 1 });
    expect(g.Logger.getLog()).toBe('one\n{"a":1}');
    g.Logger.clear();
    expect(g.Logger.getLog()).toBe('');
  });

  it('records console levels with their messages', () => {
    const { ws, g } = platformWorkspace();
    g.console.info('start');
    g.console.warn('row %d skipped', 14);
    g.console.error('failed', new Error('x').message);
    expect(ws.platform.log.map(({ level, message }) => ({ level, message }))).toEqual([
      { level: 'info', message: 'start' },
      { level: 'warn', message: 'row 14 skipped' },
      { level: 'error', message: 'failed x' },
    ]);
  });

  it('works in AuthMode.NONE (§2.1)', () => {
    const { ws, g } = platformWorkspace();
    ws.run(() => g.Logger.log('onOpen'), { authMode: 'NONE' });
    expect(ws.platform.log).toHaveLength(1);
  });
});
