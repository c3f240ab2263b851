// Re-draws only the rows whose content changed, so an open chooser or a focused button survives updates.
export interface KeyedRow {
  key: string;
  /** Anything that changes how the row looks; the row is rebuilt only when this changes. */
  sig: string;
  build: () => HTMLElement;
}

export interface KeyedList {
  update: (rows: readonly KeyedRow[]) => void;
  /** Forget everything (e.g. after a language switch) so the next update rebuilds all rows. */
  reset: () => void;
}

export function keyedList(container: HTMLElement): KeyedList {
  let cache = new Map<string, { sig: string; el: HTMLElement }>();
  let order = '';
  return {
    update(rows) {
      const next = new Map<string, { sig: string; el: HTMLElement }>();
      for (const row of rows) {
        const old = cache.get(row.key);
        if (old && old.sig === row.sig) {
          next.set(row.key, old);
          continue;
        }
        const el = row.build();
        if (old) old.el.replaceWith(el);
        next.set(row.key, { sig: row.sig, el });
      }
      cache = next;
      const nextOrder = rows.map((r) => r.key).join('\n');
      if (nextOrder !== order || container.childElementCount !== rows.length) {
        order = nextOrder;
        container.replaceChildren(...rows.map((r) => next.get(r.key)!.el));
      }
    },
    reset() {
      cache = new Map();
      order = '';
    },
  };
}

/** One region that is rebuilt only when its signature changes. */
export function sigSlot(el: HTMLElement): { update: (sig: string, build: () => Node[]) => void; reset: () => void } {
  let last: string | null = null;
  return {
    update(sig, build) {
      if (sig === last) return;
      last = sig;
      el.replaceChildren(...build());
    },
    reset() {
      last = null;
    },
  };
}
