// Remembers the highest moment seq shown, so waves and reactions animate once and never replay on reconnect.
import type { Moment } from '../../shared/session/state';
// window.__circletime is declared in label-bounds.ts.
import './label-bounds';

let lastSeq: number | null = null;

function publish(): void {
  window.__circletime = { ...(window.__circletime ?? {}), lastMomentSeq: lastSeq };
}

/** Moments not shown yet, oldest first. The first call only marks what is already there as seen. */
export function takeNewMoments(moments: readonly Moment[]): Moment[] {
  const newest = moments.reduce((m, x) => Math.max(m, x.seq), 0);
  if (lastSeq === null) {
    lastSeq = newest;
    publish();
    return [];
  }
  const since = lastSeq;
  const fresh = moments.filter((m) => m.seq > since).sort((a, b) => a.seq - b.seq);
  lastSeq = Math.max(since, newest);
  publish();
  return fresh;
}

export function resetMoments(): void {
  lastSeq = null;
  publish();
}
