import { platformWorkspace } from './test-kit';

describe('Session', () => {
  it('gives the active user’s email in FULL mode (§6.7)', () => {
    const { ws, g } = platformWorkspace();
    expect(g.Session.getActiveUser().getEmail()).toBe(ws.rt.activeUser);
  });

  it('gives an empty email in a simple trigger (§6.7)', () => {
    const { ws, g } = platformWorkspace();
    ws.run(() => expect(g.Session.getActiveUser().getEmail()).toBe(''), { kind: 'simple-trigger' });
  });

  it('gives an empty email where Apps Script hides the user (§6.7)', () => {
    const { ws, g } = platformWorkspace();
    ws.run(() => expect(g.Session.getActiveUser().getEmail()).toBe(''), { kind: 'menu', activeUser: '' });
  });

  it('reads the script time zone from the manifest (§6.7)', () => {
    const { g } = platformWorkspace();
    expect(g.Session.getScriptTimeZone()).toBe('Europe/Moscow');
  });

  it('gives the locale even in AuthMode.NONE (§6.7, §2.1)', () => {
    const { ws, g } = platformWorkspace();
    ws.run(() => expect(g.Session.getActiveUserLocale()).toBe('ru'), { authMode: 'NONE' });
  });

  it('gives each user a different, stable temporary key', () => {
    const { ws, g } = platformWorkspace();
    const mine = g.Session.getTemporaryActiveUserKey();
    expect(g.Session.getTemporaryActiveUserKey()).toBe(mine);
    ws.run(() => expect(g.Session.getTemporaryActiveUserKey()).not.toBe(mine), { activeUser: 'b@x.example' });
  });
});
