// The screen's key to its room: the token (and the room's code) from the URL fragment (#t=…&c=…) the console opens, kept for reloads.
const KEY = 'circletime.screenToken';
const CODE_KEY = 'circletime.screenCode';
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
const CODE = /^[0-9]{4,6}$/;

/** The token opens the room's screen; the code names the room in the connection URL, so a load balancer can route it. */
export interface ScreenKey {
  token: string;
  code: string;
}

export function readScreenKey(): ScreenKey | null {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const fromHash = params.get('t');
  const codeFromHash = params.get('c');
  if (fromHash && TOKEN.test(fromHash) && codeFromHash && CODE.test(codeFromHash)) {
    saveScreenKey({ token: fromHash, code: codeFromHash });
    // The token is a key to the room's screen: keep it out of the projected address bar and history.
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return { token: fromHash, code: codeFromHash };
  }
  const token = sessionStorage.getItem(KEY);
  const code = sessionStorage.getItem(CODE_KEY);
  return token && code && TOKEN.test(token) && CODE.test(code) ? { token, code } : null;
}

export function saveScreenKey(key: ScreenKey): void {
  sessionStorage.setItem(KEY, key.token);
  sessionStorage.setItem(CODE_KEY, key.code);
}

export function forgetScreenKey(): void {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(CODE_KEY);
}
