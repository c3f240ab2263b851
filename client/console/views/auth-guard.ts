// Sends the console back to the login form when the server says the staff session is gone.
import { isAuthRequired } from '../errors';
import { appStore } from '../store';

/** True if the error meant "log in again" (and the page has switched to the login form). */
export function handledAuthError(err: unknown): boolean {
  if (!isAuthRequired(err)) return false;
  appStore.getState().signedOut();
  return true;
}
