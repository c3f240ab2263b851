// The tablet's seat token: random, made once per join code on this device, kept in localStorage.
const PREFIX = 'circletime.seat.';

export function seatToken(code: string): string {
  const key = PREFIX + code;
  let token = localStorage.getItem(key);
  if (!token || !/^[a-f0-9]{32,64}$/.test(token)) {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    token = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(key, token);
  }
  return token;
}

/**
 * The session was given a new join code: this device's token goes with it, so a seated tablet keeps its seat
 * when it reconnects by the new code (a token made for the new code would be a stranger's).
 */
export function carrySeatToken(from: string, to: string): void {
  const token = localStorage.getItem(PREFIX + from);
  if (token && !localStorage.getItem(PREFIX + to)) localStorage.setItem(PREFIX + to, token);
}

export function forgetSeatToken(code: string): void {
  localStorage.removeItem(PREFIX + code);
}
