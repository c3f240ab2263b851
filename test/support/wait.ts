// Awaiting in tests: every wait has its own deadline and, when it passes, says what it waited for and what it last saw.

/**
 * Default deadline of a wait helper: well under the integration suite's 30 s test timeout, so a wait that
 * never ends fails with its own message instead of the runner's bare "test timed out".
 */
export const WAIT_MS = 10_000;

export interface WaitOptions {
  /** How long to wait (default WAIT_MS). */
  timeoutMs?: number;
  /** What is awaited, for the message (default: the predicate's source). */
  what?: string;
}

/** A short, readable form of the last value seen, for a timeout's message. */
export function describeLast(value: unknown, max = 600): string {
  if (value === undefined) return 'nothing yet';
  const json = JSON.stringify(value);
  return json.length > max ? `${json.slice(0, max)}… (${json.length} chars)` : json;
}

/** What a predicate waits for, from its source, unless the caller named it. */
export function describeWait(pred: unknown, what: string | undefined): string {
  if (what) return what;
  const src = String(pred).replace(/\s+/g, ' ');
  return src.length > 200 ? `${src.slice(0, 200)}…` : src;
}

/**
 * Settles like `promise`, or rejects after `timeoutMs` with an error naming what was awaited and the last value
 * seen (`last()` is read when the deadline passes). `cancel` runs on timeout (to forget a waiter).
 */
export function withDeadline<T>(promise: Promise<T>, opts: { timeoutMs: number; what: string; last?: () => unknown; cancel?: () => void }): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      opts.cancel?.();
      const seen = opts.last ? `; last seen: ${describeLast(opts.last())}` : '';
      reject(new Error(`timed out after ${opts.timeoutMs} ms waiting for ${opts.what}${seen}`));
    }, opts.timeoutMs);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
