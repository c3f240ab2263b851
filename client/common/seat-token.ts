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

export function forgetSeatToken(code: string): void {
  localStorage.removeItem(PREFIX + code);
}
