// Joining by code: the keypad's digits, checking the code with the server, then moving to /j/<code>.
import { api, ApiError } from '../common/api';
import { JOIN_CODE_PATTERN } from '../../shared/protocol/join-code';
import { startLive } from './live-session';
import { MAX_DIGITS, MIN_DIGITS, store } from './store';

/** The join code in the address (/j/1234), if there is one. */
export function codeFromPath(pathname: string): string | null {
  const m = /^\/j\/(\d{4,6})\/?$/.exec(pathname);
  return m?.[1] ?? null;
}

export function typeDigit(d: string): void {
  const { digits, checking } = store.getState();
  if (checking || digits.length >= MAX_DIGITS) return;
  store.setState({ digits: digits + d, joinNotice: null });
}

export function deleteDigit(): void {
  const { digits, checking } = store.getState();
  if (checking) return;
  store.setState({ digits: digits.slice(0, -1), joinNotice: null });
}

export function canGo(): boolean {
  const { digits, checking } = store.getState();
  return !checking && digits.length >= MIN_DIGITS && JOIN_CODE_PATTERN.test(digits);
}

export async function go(): Promise<void> {
  if (!canGo()) return;
  const code = store.getState().digits;
  store.setState({ checking: true, joinNotice: null });
  try {
    await api<{ code: string }>('GET', `/join/${code}`);
    store.setState({ checking: false, digits: '' });
    history.replaceState(null, '', `/j/${code}`);
    startLive(code);
  } catch (err) {
    const notice = err instanceof ApiError ? (err.status === 429 ? 'rateLimited' : err.status === 404 ? 'unknown' : 'offline') : 'offline';
    store.setState({ checking: false, joinNotice: notice });
  }
}

/** Back to the keypad (from the thank-you screen), for next week's new number. */
export function backToKeypad(): void {
  history.replaceState(null, '', '/j');
  location.reload();
}
