import { Workspace } from '../workspace';

/** The platform globals, typed as Apps Script declares them. */
export interface PlatformGlobals {
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
}

/** A fresh Workspace and its platform globals, for tests. */
export function platformWorkspace(): { ws: Workspace; g: PlatformGlobals } {
  const ws = new Workspace();
  return { ws, g: ws.platform.globals() as unknown as PlatformGlobals };
}

/** The error `fn` throws (fails the test when it throws nothing). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw');
}
