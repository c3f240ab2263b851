// Live clocks inside rebuilt-on-change regions: each registers a redraw that runs on every page tick.
export interface Ticker {
  /** Registers `fn` for `el` and runs it at once with the latest server time. */
  add: (el: HTMLElement, fn: (now: number) => void) => HTMLElement;
  /** Runs every registered clock whose element is still on the page; forgets the rest. */
  run: (now: number) => void;
  readonly now: number;
}

export function createTicker(): Ticker {
  const clocks = new Map<HTMLElement, (now: number) => void>();
  let latest = Date.now();
  return {
    add(el, fn) {
      clocks.set(el, fn);
      fn(latest);
      return el;
    },
    run(now) {
      latest = now;
      for (const [el, fn] of clocks) {
        if (el.isConnected) fn(now);
        else clocks.delete(el);
      }
    },
    get now() {
      return latest;
    },
  };
}
