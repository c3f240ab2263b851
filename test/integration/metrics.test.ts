// Live metrics over real sockets: only consoles receive them, they match the stored log, and a restart changes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { participation, type MetricEvent } from '../../shared/metrics';
import type { ConsoleView, ScreenView, TabletView } from '../../shared/session/views';
import { LiveClient, seatToken, screenTokenOf } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { storedEvents } from '../support/stored-events';
import { childServer, inProcessServer, killChild, tempDataDir, type ChildServer } from '../support/test-server';

const running: ChildServer[] = [];
afterAll(async () => {
  for (const s of running) await killChild(s, 'SIGKILL');
});

const storedMetricEvents = async (dataDir: string, sessionId: string) => (await storedEvents(dataDir, sessionId)) as MetricEvent[];

describe('live metrics', () => {
  it('go to consoles only, equal the metrics of the stored log, and equal them again after a restart', async () => {
    const dataDir = tempDataDir('ct-metrics-');
    const first = await childServer(dataDir);
    running.push(first);
    const staff = new StaffClient(first.url);
    await staff.setup(first.setupCode!);
    const { group, children } = await staff.groupWithChildren(
      'Metrics',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
        ['Lulu', 'owl'],
      ],
      true,
    );
    const ids = children.map((c) => c.id);
    const s = await staff.startSession(group.id);
    const consoleClient = new LiveClient<ConsoleView>(first.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie });
    const screen = new LiveClient<ScreenView>(first.url, { role: 'screen', screenToken: screenTokenOf(s.screenUrl) });
    const tablets = children.map(() => new LiveClient<TabletView>(first.url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
    await Promise.all(tablets.map((t) => t.until((v) => v.status === 'choosing')));
    await Promise.all(tablets.map((t, i) => t.send({ type: 'seat.claim', childId: ids[i]! })));
    await consoleClient.until((v) => v.seats.every((x) => x.connected));

    // Spotlight: Mimi presents, Bo passes; Pass the Star between Lulu and Mimi; a tag.
    await consoleClient.send({ type: 'round.start', activity: 'spotlight' });
    await consoleClient.send({ type: 'spotlight.offer', childId: ids[0]! });
    await tablets[0]!.send({ type: 'spotlight.ready' });
    await tablets[1]!.send({ type: 'reaction', kind: 'clap' });
    await tablets[0]!.send({ type: 'spotlight.done' });
    await consoleClient.send({ type: 'spotlight.offer', childId: ids[1]! });
    await tablets[1]!.send({ type: 'spotlight.pass' });
    await consoleClient.send({ type: 'round.end' });
    await consoleClient.send({ type: 'round.start', activity: 'pass-star', settings: { firstHolder: 'facilitator', everyoneOnce: false } });
    await consoleClient.send({ type: 'star.give', to: ids[2]! });
    await tablets[2]!.send({ type: 'star.pass', to: ids[0]! });
    const tagged = await consoleClient.send({ type: 'observation.tag', childId: ids[1]!, tag: 'encouraged' });
    expect(tagged.ok).toBe(true);
    const last = tagged.ok ? tagged.seq : 0;

    await expect.poll(() => consoleClient.metrics.at(-1)?.version, { timeout: 2000, interval: 25 }).toBe(last);
    const live = consoleClient.metrics.at(-1)!.metrics;
    expect(live).toEqual(participation(await storedMetricEvents(dataDir, s.id)));
    const row = (id: string) => live.children.find((c) => c.childId === id)!;
    expect(row(ids[0]!)).toMatchObject({ presentations: 1, turns: 2, reactionsReceived: 1 });
    expect(row(ids[1]!)).toMatchObject({ passes: 1, reactionsGiven: 1 });
    expect(row(ids[1]!).observations.encouraged).toBe(1);
    expect(live.group.starPasses.edges).toEqual([expect.objectContaining({ from: ids[2], to: ids[0], weight: 1 })]);
    expect(screen.metrics).toEqual([]);
    for (const t of tablets) expect(t.metrics).toEqual([]);

    // Restart: the room folds its log again, and the console hears the same numbers.
    await killChild(first, 'SIGKILL');
    const before = consoleClient.metrics.length;
    const second = await childServer(dataDir, first.port);
    running.push(second);
    await expect.poll(() => consoleClient.metrics.length > before, { timeout: 8000, interval: 50 }).toBe(true);
    // Tablets come back one by one, each adding a presence event: compare once all are back and the console heard the last.
    await consoleClient.until((v) => v.seats.every((x) => x.connected));
    await expect
      .poll(async () => consoleClient.metrics.at(-1)!.version === (await storedMetricEvents(dataDir, s.id)).at(-1)!.seq, { timeout: 8000, interval: 50 })
      .toBe(true);
    const afterRestart = consoleClient.metrics.at(-1)!;
    const stored = await storedMetricEvents(dataDir, s.id);
    expect(afterRestart.version).toBe(stored.at(-1)!.seq);
    expect(afterRestart.metrics).toEqual(participation(stored));
    // The restart only adds presence events; every count is what it was live.
    expect(afterRestart.metrics.children.map((c) => [c.childId, c.turns, c.airtimeMs, c.reactionsGiven])).toEqual(
      live.children.map((c) => [c.childId, c.turns, c.airtimeMs, c.reactionsGiven]),
    );
    for (const c of [consoleClient, screen, ...tablets]) c.close();
    await killChild(second);
  });

  it('the console hears the last numbers when a session ends in the middle of a burst', async () => {
    const dataDir = tempDataDir('ct-metrics-end-');
    const srv = await inProcessServer(dataDir);
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const { group, children } = await staff.groupWithChildren(
      'Ending',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
      ],
      true,
    );
    const ids = children.map((c) => c.id);
    const s = await staff.startSession(group.id);
    const consoleClient = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie });
    const tablets = children.map(() => new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
    await Promise.all(tablets.map((t) => t.until((v) => v.status === 'choosing')));
    await Promise.all(tablets.map((t, i) => t.send({ type: 'seat.claim', childId: ids[i]! })));
    await consoleClient.until((v) => v.seats.every((x) => x.connected));
    const closed = consoleClient.disconnected();
    // Well inside one coalescing window: only the first of these goes out at once, the rest wait for the timer.
    await consoleClient.send({ type: 'round.start', activity: 'pass-star', settings: { firstHolder: 'facilitator', everyoneOnce: false } });
    await consoleClient.send({ type: 'star.give', to: ids[0]! });
    await tablets[0]!.send({ type: 'star.pass', to: ids[1]! });
    await tablets[0]!.send({ type: 'reaction', kind: 'heart' });
    expect((await consoleClient.send({ type: 'session.end' })).ok).toBe(true);
    await closed;
    const stored = await storedMetricEvents(dataDir, s.id);
    expect(consoleClient.metrics.at(-1)?.version).toBe(stored.at(-1)!.seq);
    expect(consoleClient.metrics.at(-1)!.metrics).toEqual(participation(stored));
    for (const c of [consoleClient, ...tablets]) c.close();
    await srv.close();
  });
});
