// Who may try a password or setup code now: per address, per account (a lockout an admin clears) and a global ceiling.
import type { RateLimits } from '../store/rate-limits-repo';

const MINUTE = 60_000;
/** Wrong passwords per address and username in a minute. */
export const LOGIN_TRIES_PER_ADDRESS = 5;
/** Tries on one account from anywhere in 15 minutes before it is locked; an administrator unlocks it. */
export const LOGIN_TRIES_PER_ACCOUNT = 10;
export const ACCOUNT_WINDOW_MS = 15 * MINUTE;
/** Failed logins per minute across every address: many addresses guessing at once stop here. */
export const LOGIN_FAILS_GLOBAL = 60;
/** Setup-code tries per address in a minute, and in 15 minutes from anywhere. */
export const SETUP_TRIES_PER_ADDRESS = 5;
export const SETUP_TRIES_GLOBAL = 30;

export type Refusal = 'auth.rate_limited' | 'auth.locked';

const accountKey = (username: string) => `login-account:${username.toLowerCase()}`;

export class SignInLimits {
  constructor(private readonly limits: RateLimits) {}

  /**
   * Counts a login try before the password is checked, so parallel requests each see their own try counted.
   * A try refused here is not checked at all; one let through counts as failed until `loginSucceeded`.
   */
  async tryLogin(address: string, username: string): Promise<Refusal | undefined> {
    if ((await this.limits.hit(`login:${address}|${username.toLowerCase()}`, MINUTE)) > LOGIN_TRIES_PER_ADDRESS) return 'auth.rate_limited';
    // The account lock holds whatever the address, and even for the right password: that is what makes it a lock.
    if ((await this.limits.hit(accountKey(username), ACCOUNT_WINDOW_MS)) > LOGIN_TRIES_PER_ACCOUNT) return 'auth.locked';
    if ((await this.limits.hit('login-global', MINUTE)) > LOGIN_FAILS_GLOBAL) return 'auth.rate_limited';
    return undefined;
  }

  /** The right password: its try was no failure, and the account starts again from zero. */
  async loginSucceeded(address: string, username: string): Promise<void> {
    await this.limits.clear(`login:${address}|${username.toLowerCase()}`);
    await this.limits.clear(accountKey(username));
    await this.limits.undo('login-global');
  }

  async isLocked(username: string): Promise<boolean> {
    return (await this.limits.count(accountKey(username), ACCOUNT_WINDOW_MS)) >= LOGIN_TRIES_PER_ACCOUNT;
  }

  /** An administrator vouches for the colleague (who asked in person): the account may be tried again at once. */
  unlock(username: string): Promise<void> {
    return this.limits.clear(accountKey(username));
  }

  /** The setup code is tried per address and, across all addresses, at most SETUP_TRIES_GLOBAL times in 15 minutes. */
  async trySetup(address: string): Promise<Refusal | undefined> {
    if ((await this.limits.hit(`setup:${address}`, MINUTE)) > SETUP_TRIES_PER_ADDRESS) return 'auth.rate_limited';
    if ((await this.limits.hit('setup-global', ACCOUNT_WINDOW_MS)) > SETUP_TRIES_GLOBAL) return 'auth.rate_limited';
    return undefined;
  }
}
