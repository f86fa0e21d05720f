import { platformWorkspace } from './test-kit';

describe('ws.platform.Date', () => {
  it('gives the emulator clock for "now" and moves with advanceClock', () => {
    const { ws } = platformWorkspace();
    const ClockDate = ws.platform.Date;
    expect(new ClockDate().toISOString()).toBe('2025-09-01T07:00:00.000Z');
    ws.platform.advanceClock(60_000);
    expect(ClockDate.now()).toBe(Date.parse('2025-09-01T07:01:00.000Z'));
  });

  it('behaves as Date for explicit times', () => {
    const { ws } = platformWorkspace();
    const ClockDate = ws.platform.Date;
    const d = new ClockDate(2025, 0, 31);
    expect(d instanceof Date).toBe(true);
    expect(new ClockDate('2025-09-01T00:00:00Z').getTime()).toBe(Date.UTC(2025, 8, 1));
    expect(d.getMonth()).toBe(0);
  });
});

describe('ws.platform.Date in the script realm', () => {
  it('shares the host prototype, so Dates pass instanceof both ways as in one Apps Script realm', () => {
    const { ws } = platformWorkspace();
    const ScriptDate = ws.platform.Date;
    expect(new Date(2025, 8, 1) instanceof ScriptDate).toBe(true);
    expect(new ScriptDate() instanceof Date).toBe(true);
    expect(Object.getPrototypeOf(new ScriptDate())).toBe(Date.prototype);
  });
});

describe('ws.install() and Date', () => {
  const HostDate = Date;

  it('puts the clock Date on the global: new Date(), Date.now() and Date() read ws.rt and move with it', () => {
    const { ws } = platformWorkspace();
    const done = ws.install();
    try {
      expect(new Date().toISOString()).toBe('2025-09-01T07:00:00.000Z');
      ws.rt.advance(3 * 24 * 3600_000);
      expect(new Date().toISOString()).toBe('2025-09-04T07:00:00.000Z');
      expect(Date.now()).toBe(ws.rt.now);
      expect(Date()).toBe(new HostDate(ws.rt.now).toString());
      ws.platform.advanceClock(60_000);
      expect(new Date().toISOString()).toBe('2025-09-04T07:01:00.000Z');
    } finally {
      done();
    }
  });

  it('keeps explicit dates, parsing and instanceof as the host Date has them', () => {
    const { ws } = platformWorkspace();
    const done = ws.install();
    try {
      expect(new Date(2025, 0, 31).getDate()).toBe(31);
      expect(Date.UTC(2025, 8, 1)).toBe(HostDate.UTC(2025, 8, 1));
      expect(Date.parse('2025-09-01T00:00:00Z')).toBe(HostDate.UTC(2025, 8, 1));
      expect(new Date() instanceof HostDate).toBe(true);
      expect(new HostDate(0) instanceof Date).toBe(true);
    } finally {
      done();
    }
  });

  it('gives each of two nested installs its own clock, and done() puts back the one before', () => {
    const outer = platformWorkspace().ws;
    const inner = platformWorkspace().ws;
    inner.rt.now = HostDate.UTC(2031, 1, 3, 4, 5, 6);
    const doneOuter = outer.install();
    const doneInner = inner.install();
    expect(new Date().toISOString()).toBe('2031-02-03T04:05:06.000Z');
    expect(new outer.platform.Date().toISOString()).toBe('2025-09-01T07:00:00.000Z');
    doneInner();
    expect(new Date().toISOString()).toBe('2025-09-01T07:00:00.000Z');
    doneOuter();
    expect(Date).toBe(HostDate);
  });

  it('puts the host Date back when done, and never sets a value on the global again (jest keeps each one)', () => {
    platformWorkspace().ws.install()();
    const defined = Object.getOwnPropertyDescriptor(globalThis, 'Date');
    const { ws } = platformWorkspace();
    const done = ws.install();
    expect(Date).not.toBe(HostDate);
    done();
    expect(Date).toBe(HostDate);
    // The same accessor as before: a Workspace installed a hundred times in one file is not held a hundred times.
    expect(Object.getOwnPropertyDescriptor(globalThis, 'Date')).toEqual(defined);
    expect(defined?.get).toBeInstanceOf(Function);
  });
});
