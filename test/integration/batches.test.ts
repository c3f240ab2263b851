// Protocol 2 over real sockets: what each recipient is sent of a check-in (its own answers only), tokens never, and
// a catch-up across a server restart that carries exactly what the page missed.
import { afterAll, describe, expect, it } from 'vitest';
import type { BatchMessage } from '../../shared/protocol/messages';
import type { ConsoleView, ScreenView, TabletView } from '../../shared/session/views';
import { LiveClient, screenTokenOf, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { storedEvents } from '../support/stored-events';
import { childServer, inProcessServer, killChild, tempDataDir, type ChildServer, type InProcessServer } from '../support/test-server';

const closers: (() => void | Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

function track<T extends { close(): void }>(c: T): T {
  closers.push(() => c.close());
  return c;
}

/** Every option id a batch's events carry (check-in answers name options). */
function optionsIn(batches: readonly BatchMessage[]): string[] {
  return batches.flatMap((b) =>
    b.events.flatMap((e) => {
      if (e.type === 'checkin.answered') return e.payload.option === null ? [] : [e.payload.option];
      if (e.type === 'checkin.response') return Object.values(e.payload.answers).filter((x): x is string => x !== null);
      return [];
    }),
  );
}

describe('batches', () => {
  let srv: InProcessServer;

  it("a check-in's answers reach only the tablet of the child who gave them, a facilitator's note only the console; no token or device hash reaches anyone", async () => {
    const dataDir = tempDataDir('ct-batches-private-');
    srv = await inProcessServer(dataDir);
    closers.push(() => srv.close());
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const { group, children } = await staff.groupWithChildren(
      'Private',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
      ],
      true,
    );
    const s = await staff.startSession(group.id);
    const screen = track(new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken: screenTokenOf(s.screenUrl) }));
    const consoleClient = track(new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie }));
    const tokens = children.map(() => seatToken());
    const tablets = tokens.map((token) => track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: token })));
    await Promise.all(tablets.map((t, i) => t.until((v) => v.status === 'choosing').then(() => t.send({ type: 'seat.claim', childId: children[i]!.id }))));
    await consoleClient.until((v) => v.seats.every((seat) => seat.connected));

    // The facilitator's note about a child is the console's alone.
    expect(await consoleClient.send({ type: 'observation.tag', childId: children[0]!.id, tag: 'encouraged', note: 'StaffNote-8812' })).toMatchObject({
      ok: true,
    });
    expect(await consoleClient.send({ type: 'round.start', activity: 'checkin', settings: { instrument: 'circletime-daily' } })).toMatchObject({ ok: true });
    const [mimi, bo] = tablets as [LiveClient<TabletView>, LiveClient<TabletView>];
    await Promise.all(tablets.map((t) => t.until((v) => v.round?.activity === 'checkin')));
    // Mimi answers every item with the first option, Bo with the last: the two sets of option ids differ.
    const answerAll = async (t: LiveClient<TabletView>, pick: (options: string[]) => string) => {
      expect(await t.send({ type: 'checkin.assent', yes: true, lang: 'en' })).toMatchObject({ ok: true });
      for (;;) {
        const v = await t.until((x) => x.round?.activity !== 'checkin' || (x.round.view as { phase?: string }).phase !== 'assent');
        const round = v.round?.view as { phase?: string; item?: { id: string } | null; options: { id: string }[] } | undefined;
        if (round?.phase !== 'item' || !round.item) return;
        const item = round.item;
        expect(await t.send({ type: 'checkin.answer', itemId: item.id, option: pick(round.options.map((o) => o.id)), lang: 'en' })).toMatchObject({ ok: true });
        await t.until((x) => (x.round?.view as { item?: { id: string } | null } | undefined)?.item?.id !== item.id);
      }
    };
    await answerAll(mimi, (o) => o[0]!);
    await answerAll(bo, (o) => o.at(-1)!);
    await consoleClient.until((v) => v.round === null);

    const mimiOptions = new Set(optionsIn(mimi.batches));
    const boOptions = new Set(optionsIn(bo.batches));
    // Each tablet saw its own answers (so the events carried something to hide)...
    expect(mimiOptions.size).toBeGreaterThan(0);
    expect(boOptions.size).toBeGreaterThan(0);
    // ...and never the other child's: every answered event of the other child came blanked.
    const answeredBy = (batches: readonly BatchMessage[], childId: string) =>
      batches.flatMap((b) => b.events).filter((e) => e.type === 'checkin.answered' && e.payload.childId === childId);
    expect(answeredBy(mimi.batches, children[1]!.id).every((e) => e.type === 'checkin.answered' && e.payload.option === null)).toBe(true);
    expect(answeredBy(bo.batches, children[0]!.id).every((e) => e.type === 'checkin.answered' && e.payload.option === null)).toBe(true);
    expect(answeredBy(bo.batches, children[0]!.id).length).toBeGreaterThan(0);
    // The screen and the console: that children answered, never what.
    expect(optionsIn(screen.batches)).toEqual([]);
    expect(optionsIn(consoleClient.batches)).toEqual([]);

    expect(JSON.stringify(consoleClient.batches)).toContain('StaffNote-8812');
    expect(JSON.stringify([screen, ...tablets].map((c) => c.batches))).not.toContain('StaffNote-8812');
    expect(JSON.stringify([screen, ...tablets].map((c) => c.batches))).not.toContain('observation.tagged');

    // No seat token, no device hash, no session or intent id in anything any page was sent.
    const everything = JSON.stringify([screen, consoleClient, ...tablets].map((c) => c.batches));
    for (const token of tokens) expect(everything).not.toContain(token);
    const logged = await storedEvents(dataDir, s.id);
    const hashes = new Set(
      logged.flatMap((e) => (e.payload && typeof e.payload === 'object' && 'deviceHash' in e.payload ? [String(e.payload.deviceHash)] : [])),
    );
    expect(hashes.size).toBe(2);
    for (const hash of hashes) expect(everything).not.toContain(hash);
    const events = JSON.stringify([screen, consoleClient, ...tablets].map((c) => c.batches.map((b) => b.events)));
    expect(events).not.toContain('"intentId"');
    expect(events).not.toContain('"sessionId"');
  });

  it('a console that comes back after a restart with the version it saw is sent exactly the events it missed', async () => {
    const dataDir = tempDataDir('ct-batches-');
    const first: ChildServer = await childServer(dataDir);
    closers.push(() => killChild(first, 'SIGKILL'));
    const staff = new StaffClient(first.url);
    await staff.setup(first.setupCode!);
    const { group, children } = await staff.groupWithChildren(
      'Catch-up',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
      ],
      true,
    );
    const s = await staff.startSession(group.id);
    const consoleClient = track(new LiveClient<ConsoleView>(first.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie }));
    const mimi = track(new LiveClient<TabletView>(first.url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
    await mimi.until((v) => v.status === 'choosing');
    await mimi.send({ type: 'seat.claim', childId: children[0]!.id });
    await consoleClient.until((v) => v.seats[0]!.connected);
    const seen = consoleClient.version;
    consoleClient.close();

    // While the console is away: Bo sits down; then the server dies and comes back on the same log.
    const bo = track(new LiveClient<TabletView>(first.url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
    await bo.until((v) => v.status === 'choosing');
    await bo.send({ type: 'seat.claim', childId: children[1]!.id });
    await killChild(first, 'SIGKILL');
    const second = await childServer(dataDir, first.port);
    closers.push(() => killChild(second, 'SIGKILL'));
    await Promise.all([mimi, bo].map((t) => t.next((v) => v.status === 'seated')));

    const back = track(new LiveClient<ConsoleView>(second.url, { role: 'console', sessionId: s.id, since: seen }, { cookie: staff.cookie }));
    await back.until((v) => v.seats.every((seat) => seat.seated));
    const [catchup] = back.catchups;
    expect(catchup).toBeDefined();
    expect(back.batches[0]).toBe(catchup);
    expect(back.hellos).toHaveLength(1);
    expect(catchup!.fromSeq).toBe(seen);
    const log = (await storedEvents(dataDir, s.id)).filter((e) => e.seq > seen && e.seq <= catchup!.toSeq);
    // Every event of the log in its range (none of them a wave), in order, as the console may see it.
    expect(catchup!.events.map((e) => [e.seq, e.type])).toEqual(log.map((e) => [e.seq, e.type]));
    expect(catchup!.events.map((e) => e.type)).toContain('seat.granted');
    expect(catchup!.view?.kind).toBe('console');
    expect(catchup!.truncated).toBeUndefined();
  });
});
