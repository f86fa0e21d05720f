import { Workspace } from '../workspace';
import { platformWorkspace, type PlatformGlobals } from './test-kit';

/** Fills every part of the platform state through the services, as a script would. */
function fill(ws: Workspace, g: PlatformGlobals): void {
  ws.loadScript({ sweep: () => g.Logger.log('swept') });
  g.PropertiesService.getDocumentProperties().setProperty('cursor', '14');
  g.PropertiesService.getUserProperties().setProperty('theme', 'light');
  g.CacheService.getScriptCache().put('token', 'abc', 60);
  g.ScriptApp.newTrigger('sweep').timeBased().everyHours(1).create();
  g.MailApp.sendEmail('mentor@school.example', 'Анкета', 'Ссылка');
  ws.platform.advanceClock(3_600_000);
  g.console.warn('done');
  ws.platform.locks.holdByOther('script');
}

describe('platform snapshot', () => {
  it('is plain JSON that survives a round trip unchanged', () => {
    const { ws, g } = platformWorkspace();
    fill(ws, g);
    const snapshot = ws.platform.snapshot();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    const copy = new Workspace();
    copy.platform.restore(snapshot);
    expect(copy.platform.snapshot()).toEqual(snapshot);
  });

  it('restores properties, cache expiry, triggers, outbox, quota, executions and log', () => {
    const { ws, g } = platformWorkspace();
    fill(ws, g);
    const copy = Workspace.restore(ws.snapshot());
    const h = copy.platform.globals() as unknown as PlatformGlobals;
    copy.loadScript({ sweep: () => undefined });
    expect(h.PropertiesService.getDocumentProperties().getProperty('cursor')).toBe('14');
    expect(h.PropertiesService.getUserProperties().getProperty('theme')).toBe('light');
    expect(h.CacheService.getScriptCache().get('token')).toBeNull(); // 60 s passed during the hour advanced
    expect(h.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['sweep']);
    expect(copy.platform.outbox).toHaveLength(1);
    expect(h.MailApp.getRemainingDailyQuota()).toBe(99);
    expect(copy.platform.executions).toHaveLength(1);
    expect(copy.platform.log.map((e) => e.message)).toEqual(['swept', 'done']);
    expect(copy.platform.locks.heldBy('script')).toBe('other-execution');
  });

  it('keeps a cache entry’s expiry across a restore', () => {
    const { ws, g } = platformWorkspace();
    g.CacheService.getScriptCache().put('k', 'v', 120);
    const copy = Workspace.restore(ws.snapshot());
    const h = copy.platform.globals() as unknown as PlatformGlobals;
    copy.rt.advance(119_000);
    expect(h.CacheService.getScriptCache().get('k')).toBe('v');
    copy.rt.advance(1_000);
    expect(h.CacheService.getScriptCache().get('k')).toBeNull();
  });

  it('keeps a restored state apart from the snapshot object it came from', () => {
    const { ws, g } = platformWorkspace();
    const snapshot = ws.platform.snapshot();
    ws.platform.restore(snapshot);
    g.PropertiesService.getScriptProperties().setProperty('a', '1');
    expect(snapshot.properties.script).toEqual({});
  });
});
