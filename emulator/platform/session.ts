import { createHash } from 'crypto';
import { GasObject } from '../core/gas-object';
import { STORAGE, type PlatformContext } from './context';

/** `Session`: who runs the script, its time zone and locale (§6.7). */
export class SessionFacade extends GasObject implements Partial<GoogleAppsScript.Base.Session> {
  constructor(private readonly _ctx: PlatformContext) {
    super(_ctx.rt, 'Session', 'Session');
  }

  /** The email is '' where Apps Script hides it: outside FULL mode (simple triggers) or when `activeUser` is ''. */
  getActiveUser(): GoogleAppsScript.Base.User {
    const rt = this._ctx.rt;
    return new User(
      this._ctx,
      rt.authMode === 'FULL' ? rt.activeUser : '',
    ) as unknown as GoogleAppsScript.Base.User;
  }

  /** The account the code runs as; in an installable trigger, the trigger's creator (§6.7). */
  getEffectiveUser(): GoogleAppsScript.Base.User {
    const email = this._ctx.rt.authMode === 'FULL' ? this._ctx.user() : '';
    return new User(this._ctx, email) as unknown as GoogleAppsScript.Base.User;
  }

  /** From the manifest; [UNVERIFIED] whether NONE allows it — the emulator blocks it there with other services. */
  getScriptTimeZone(): string {
    this._ctx.rt.require(STORAGE, 'Session.getScriptTimeZone');
    return this._ctx.rt.scriptTimeZone;
  }

  /** Allowed in every mode, NONE included (§6.7). */
  getActiveUserLocale(): string {
    return 'ru';
  }

  /** A stable, opaque key per user and script. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`nastavnik:${this._ctx.user()}`).digest('base64').slice(0, 43);
  }
}

/** `User`: just the email. */
export class User extends GasObject implements Partial<GoogleAppsScript.Base.User> {
  constructor(
    ctx: PlatformContext,
    private readonly _email: string,
  ) {
    super(ctx.rt, 'Session', 'User');
  }

  getEmail(): string {
    return this._email;
  }
}
