import type { Workspace } from '../workspace';
import { platformWorkspace, thrown, type PlatformGlobals } from './test-kit';
import {
  ADDON_DUPLICATE_TYPE_MESSAGE,
  ADDON_OTHER_FILE_MESSAGE,
  ADDON_RECURRENCE_MESSAGE,
  EVERY_MINUTES_MESSAGE,
  TOO_MANY_TRIGGERS_MESSAGE,
} from './triggers';

function setup(): { ws: Workspace; g: PlatformGlobals; doc: { getId(): string } } {
  const { ws, g } = platformWorkspace();
  const id = ws.platform.activeDocumentId;
  return { ws, g, doc: { getId: () => id } };
}

describe('ScriptApp triggers', () => {
  it('creates a form-submit trigger on the spreadsheet and lists it (§2.4)', () => {
    const { g, doc } = setup();
    const created = g.ScriptApp.newTrigger('onResponse')
      .forSpreadsheet(doc as GoogleAppsScript.Spreadsheet.Spreadsheet)
      .onFormSubmit()
      .create();
    const [listed] = g.ScriptApp.getProjectTriggers();
    expect(listed.getUniqueId()).toBe(created.getUniqueId());
    expect(listed.getHandlerFunction()).toBe('onResponse');
    expect(listed.getEventType()).toBe(g.ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(listed.getTriggerSource()).toBe(g.ScriptApp.TriggerSource.SPREADSHEETS);
    expect(listed.getTriggerSourceId()).toBe(doc.getId());
  });

  it('rejects a second form-submit trigger on the same document in an add-on (§2.4, §8.8) [UNVERIFIED text]', () => {
    const { g, doc } = setup();
    const ss = doc as GoogleAppsScript.Spreadsheet.Spreadsheet;
    g.ScriptApp.newTrigger('a').forSpreadsheet(ss).onFormSubmit().create();
    const error = thrown(() => g.ScriptApp.newTrigger('b').forSpreadsheet(ss).onFormSubmit().create());
    expect(error.message).toBe(ADDON_DUPLICATE_TYPE_MESSAGE);
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(1);
  });

  it('allows one trigger of each type on the same document (§2.4)', () => {
    const { g, doc } = setup();
    const ss = doc as GoogleAppsScript.Spreadsheet.Spreadsheet;
    g.ScriptApp.newTrigger('f').forSpreadsheet(ss).onFormSubmit().create();
    g.ScriptApp.newTrigger('f').forSpreadsheet(ss).onOpen().create();
    g.ScriptApp.newTrigger('f').forSpreadsheet(ss).onEdit().create();
    g.ScriptApp.newTrigger('f').forSpreadsheet(ss).onChange().create();
    g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(5);
  });

  it('treats a one-off after() trigger and an hourly one as the same type (§2.4 [UNVERIFIED])', () => {
    const { g } = setup();
    g.ScriptApp.newTrigger('resume').timeBased().after(60_000).create();
    const error = thrown(() => g.ScriptApp.newTrigger('sweep').timeBased().everyHours(1).create());
    expect(error.message).toBe(ADDON_DUPLICATE_TYPE_MESSAGE);
  });

  it('rejects a recurring add-on trigger more often than hourly with the live text (§2.4, §8.8)', () => {
    const { g } = setup();
    const builder = g.ScriptApp.newTrigger('sweep').timeBased().everyMinutes(30);
    expect(thrown(() => builder.create()).message).toBe(ADDON_RECURRENCE_MESSAGE);
  });

  it('accepts everyMinutes outside an add-on (§2.4)', () => {
    const { ws, g } = setup();
    ws.platform.isAddon = false;
    g.ScriptApp.newTrigger('sweep').timeBased().everyMinutes(5).create();
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(1);
  });

  it('accepts only 1, 5, 10, 15 or 30 for everyMinutes (§2.4) [UNVERIFIED text]', () => {
    const { g } = setup();
    expect(thrown(() => g.ScriptApp.newTrigger('f').timeBased().everyMinutes(7)).message).toBe(
      EVERY_MINUTES_MESSAGE,
    );
  });

  it('refuses an interval of zero hours, which would never advance [UNVERIFIED text]', () => {
    const { g } = setup();
    expect(thrown(() => g.ScriptApp.newTrigger('f').timeBased().everyHours(0)).message).toBe(
      'Invalid argument: hours',
    );
  });

  it('rejects the 21st trigger of a user (§6.4, §8.8)', () => {
    const { ws, g } = setup();
    ws.platform.isAddon = false;
    for (let i = 0; i < 20; i++) g.ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    const error = thrown(() => g.ScriptApp.newTrigger('f20').timeBased().everyHours(1).create());
    expect(error.message).toBe(TOO_MANY_TRIGGERS_MESSAGE);
  });

  it('counts the limit per user: another user may still create triggers (§6.4)', () => {
    const { ws, g } = setup();
    ws.platform.isAddon = false;
    for (let i = 0; i < 20; i++) g.ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    ws.run(() => g.ScriptApp.newTrigger('g').timeBased().everyHours(1).create(), {
      activeUser: 'b@school.example',
    });
    expect(ws.platform.triggers).toHaveLength(21);
  });

  it('lists only the current user’s triggers (§2.4)', () => {
    const { ws, g } = setup();
    g.ScriptApp.newTrigger('mine').timeBased().everyHours(1).create();
    ws.run(() => expect(g.ScriptApp.getProjectTriggers()).toHaveLength(0), {
      activeUser: 'b@school.example',
    });
  });

  it('lists the user’s triggers in a file with getUserTriggers (§2.4)', () => {
    const { g, doc } = setup();
    g.ScriptApp.newTrigger('f').forSpreadsheet(doc.getId()).onFormSubmit().create();
    const listed = g.ScriptApp.getUserTriggers(doc as GoogleAppsScript.Spreadsheet.Spreadsheet);
    expect(listed.map((t) => t.getHandlerFunction())).toEqual(['f']);
    expect(
      g.ScriptApp.getUserTriggers({ getId: () => 'other' } as GoogleAppsScript.Spreadsheet.Spreadsheet),
    ).toEqual([]);
  });

  it('frees the type again once the trigger is deleted (§7.2)', () => {
    const { g } = setup();
    const trigger = g.ScriptApp.newTrigger('resume').timeBased().after(1000).create();
    g.ScriptApp.deleteTrigger(trigger);
    expect(g.ScriptApp.getProjectTriggers()).toEqual([]);
    g.ScriptApp.newTrigger('resume').timeBased().after(1000).create();
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(1);
  });

  it('does not let an add-on create a trigger for another file, such as a form (§2.4) [UNVERIFIED text]', () => {
    const { g } = setup();
    const error = thrown(() => g.ScriptApp.newTrigger('f').forForm('form-1').onFormSubmit().create());
    expect(error.message).toBe(ADDON_OTHER_FILE_MESSAGE);
  });

  it('stores a form trigger outside an add-on (§5.3)', () => {
    const { ws, g } = setup();
    ws.platform.isAddon = false;
    const t = g.ScriptApp.newTrigger('f').forForm('form-1').onFormSubmit().create();
    expect(t.getTriggerSource()).toBe(g.ScriptApp.TriggerSource.FORMS);
    expect(t.getTriggerSourceId()).toBe('form-1');
  });

  it('needs full authorisation to create triggers: LIMITED is refused (§2.1)', () => {
    const { ws, g } = setup();
    ws.run(
      () => expect(() => g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create()).toThrow(/LIMITED/),
      {
        kind: 'simple-trigger',
      },
    );
  });
});

describe('ScriptApp enums and authorisation', () => {
  it('reads ScriptApp.AuthMode in AuthMode.NONE without counting a call (§2.1)', () => {
    const { ws, g } = setup();
    const event = { authMode: 'NONE' as unknown as GoogleAppsScript.Script.AuthMode };
    ws.run(() => expect(event.authMode === g.ScriptApp.AuthMode.NONE).toBe(true), { authMode: 'NONE' });
    expect(ws.rt.counter.total()).toBe(0);
  });

  it('reports NOT_REQUIRED by default and REQUIRED when configured (§2.1)', () => {
    const { ws, g } = setup();
    const status = () => g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL).getAuthorizationStatus();
    expect(status()).toBe(g.ScriptApp.AuthorizationStatus.NOT_REQUIRED);
    ws.platform.authorizationStatus = 'REQUIRED';
    ws.run(() => expect(status()).toBe(g.ScriptApp.AuthorizationStatus.REQUIRED), { authMode: 'NONE' });
  });
});
