// The screen token: taken from the URL fragment (#t=…) the console opens, kept in sessionStorage for reloads.
const KEY = 'circletime.screenToken';
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

export function readScreenToken(): string | null {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('t');
  if (fromHash && TOKEN.test(fromHash)) {
    sessionStorage.setItem(KEY, fromHash);
    // The token is a key to the room's screen: keep it out of the projected address bar and history.
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  const saved = sessionStorage.getItem(KEY);
  return saved && TOKEN.test(saved) ? saved : null;
}

export function saveScreenToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function forgetScreenToken(): void {
  sessionStorage.removeItem(KEY);
}
