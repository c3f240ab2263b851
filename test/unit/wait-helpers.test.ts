// Test wait helpers fail on their own deadline, saying what they awaited and the last value they saw.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalClient } from '../support/local-transport';
import { WAIT_MS, withDeadline } from '../support/wait';
import type { TabletView, View } from '../../shared/session/views';
import { PreEncoded } from '../../server/realtime/json-parser';

/** A batch carrying `view` at `version`, as the room would send it. */
const batch = (version: number, view: View) => new PreEncoded(JSON.stringify({ fromSeq: version - 1, toSeq: version, events: [], view, serverNow: 0 }));

afterEach(() => vi.useRealTimers());

describe('wait helpers', () => {
  it('until() rejects after its timeout with what it waited for and the last view seen', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const c = new LocalClient('tablet-1', { kind: 'tablet', deviceHash: 'd1' });
    c.sendBatch(batch(3, { kind: 'tablet', status: 'choosing' } as TabletView));
    const waiting = c.until<TabletView>((v) => v.status === 'seated', { timeoutMs: 500 });
    const outcome = waiting.then(
      () => 'resolved',
      (e: Error) => e.message,
    );
    await vi.advanceTimersByTimeAsync(499);
    c.sendBatch(batch(4, { kind: 'tablet', status: 'waiting' } as TabletView));
    await vi.advanceTimersByTimeAsync(1);
    const message = await outcome;
    expect(message).toMatch(/^timed out after 500 ms waiting for a view of tablet-1 where .*status === ['"]seated['"]/);
    expect(message).toContain('"status":"waiting"');
  });

  it('until() resolves with a view that arrives before the deadline, and its waiter is gone after a timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const c = new LocalClient('screen', { kind: 'screen' });
    const seen = c.until((v) => v.kind === 'screen', { what: 'the screen view' });
    c.sendBatch(batch(1, { kind: 'screen' } as never));
    await expect(seen).resolves.toMatchObject({ kind: 'screen' });
    const never = c.until((v) => v.kind === 'console', { timeoutMs: 10, what: 'a console view' }).catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(10);
    expect(await never).toBe('timed out after 10 ms waiting for a view of screen where a console view; last seen: {"kind":"screen","moments":[]}');
    expect((c as unknown as { waiters: unknown[] }).waiters).toEqual([]);
  });

  it("the default deadline is well under the integration suite's 30 s test timeout", async () => {
    expect(WAIT_MS).toBeLessThanOrEqual(15_000);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let cancelled = false;
    const w = withDeadline(new Promise(() => {}), { timeoutMs: WAIT_MS, what: 'nothing', cancel: () => (cancelled = true) }).catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(WAIT_MS);
    expect(await w).toBe(`timed out after ${WAIT_MS} ms waiting for nothing`);
    expect(cancelled).toBe(true);
  });
});
