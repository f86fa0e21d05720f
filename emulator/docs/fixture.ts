import { Workspace } from '../workspace';

/** A fresh Workspace and its typed Docs/Drive globals, for this folder's tests. */
export function docsWorkspace() {
  const ws = new Workspace();
  return { ws, DocumentApp: ws.docs.DocumentApp, Drive: ws.docs.Drive, DriveApp: ws.docs.DriveApp };
}

/** The message of what `fn` throws, or a failure if it does not throw. */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}
