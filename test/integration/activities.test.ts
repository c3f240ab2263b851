// Activities over real sockets: tablets trying intents their role or state does not allow; late joiners land in the round.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PassStarConsole, PassStarTablet } from '../../shared/activities/pass-star';
import type { SpotlightTablet } from '../../shared/activities/spotlight';
import type { ConsoleView, ScreenView, TabletView } from '../../shared/session/views';
import { LiveClient, seatToken, screenTokenOf } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { storedEvents } from '../support/stored-events';
import { inProcessServer, tempDataDir, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let staff: StaffClient;
const dataDir = tempDataDir();
const open: { close(): void }[] = [];
const track = <T extends { close(): void }>(c: T): T => (open.push(c), c);

beforeAll(async () => {
  srv = await inProcessServer(dataDir);
  staff = new StaffClient(srv.url);
  await staff.setup(srv.setupCode);
});
afterAll(async () => {
  for (const c of open) c.close();
  await srv.close();
});

async function seatedSession(n: number) {
  const names: [string, 'cat' | 'dog' | 'owl' | 'fox'][] = [
    ['Mimi', 'cat'],
    ['Bo', 'dog'],
    ['Lulu', 'owl'],
    ['Rui', 'fox'],
  ];
  const { group, children } = await staff.groupWithChildren(`Acts ${Math.random()}`, names.slice(0, n), true);
  const s = await staff.startSession(group.id);
  const consoleClient = track(new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie }));
  const tokens = children.map(() => seatToken());
  const tablets = children.map((_, i) => track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: tokens[i]! })));
  await Promise.all(tablets.map((t) => t.until((v) => v.status === 'choosing')));
  await Promise.all(tablets.map((t, i) => t.send({ type: 'seat.claim', childId: children[i]!.id })));
  await consoleClient.until((v) => v.seats.every((x) => x.connected));
  return { s, children, ids: children.map((c) => c.id), consoleClient, tablets, tokens };
}

describe('activity intents over real sockets', () => {
  it('tablets cannot run rounds, give the star, or pass it unless they hold it', async () => {
    const { s, ids, consoleClient, tablets } = await seatedSession(3);
    const screen = track(new LiveClient<ScreenView>(srv.url, { role: 'screen', screenToken: screenTokenOf(s.screenUrl) }));
    const guest = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
    await guest.until((v) => v.status === 'choosing');

    expect(await tablets[0]!.send({ type: 'star.pass', to: ids[1]! })).toEqual({ ok: false, code: 'round.none' });
    for (const type of ['round.start', 'round.pause', 'round.end', 'plan.set', 'timer.set'] as const) {
      const body =
        type === 'round.start'
          ? { activity: 'pass-star' }
          : type === 'plan.set'
            ? { rounds: [] }
            : type === 'timer.set'
              ? { seconds: 60, visibleToChildren: true }
              : {};
      expect(await tablets[0]!.send({ type, ...body }), type).toMatchObject({ ok: false, code: 'role.denied' });
    }
    expect(await consoleClient.send({ type: 'round.start', activity: 'pass-star', settings: { firstHolder: 'facilitator' } })).toMatchObject({ ok: true });
    expect(await tablets[0]!.send({ type: 'star.give', to: ids[0]! })).toMatchObject({ ok: false, code: 'role.denied' });
    expect(await consoleClient.send({ type: 'star.give', to: ids[0]! })).toMatchObject({ ok: true });
    await tablets[0]!.until((v) => (v.round?.view as PassStarTablet | undefined)?.role === 'holder');

    expect(await tablets[1]!.send({ type: 'star.pass', to: ids[2]! })).toMatchObject({ ok: false, code: 'star.not_holder' });
    expect(await guest.send({ type: 'star.pass', to: ids[2]! })).toMatchObject({ ok: false, code: 'role.denied' });
    expect(await screen.send({ type: 'star.pass', to: ids[2]! })).toMatchObject({ ok: false, code: 'role.denied' });
    expect(await consoleClient.send({ type: 'star.pass', to: ids[2]! })).toMatchObject({ ok: false, code: 'role.denied' });
    expect(await tablets[0]!.send({ type: 'spotlight.ready' })).toMatchObject({ ok: false, code: 'round.none' });
    expect(await tablets[0]!.send({ type: 'star.pass', to: 'not-a-child' })).toMatchObject({ ok: false, code: 'star.bad_target' });
    expect(await tablets[0]!.send({ type: 'star.pass', to: 7 } as never)).toMatchObject({ ok: false, code: 'protocol.invalid' });

    await consoleClient.send({ type: 'round.pause' });
    expect(await tablets[0]!.send({ type: 'star.pass', to: ids[1]! })).toMatchObject({ ok: false, code: 'round.paused' });
    await consoleClient.send({ type: 'round.resume' });
    expect(await tablets[0]!.send({ type: 'star.pass', to: ids[1]! })).toMatchObject({ ok: true });
    const c = await consoleClient.until((v) => (v.round?.view as PassStarConsole | undefined)?.holder === ids[1]);
    expect((c.round!.view as PassStarConsole).passes).toBe(1);
  });

  it('a presenter-only button from another child is refused; late and reconnecting tablets land in the round', async () => {
    const { s, ids, consoleClient, tablets, tokens } = await seatedSession(3);
    await consoleClient.send({ type: 'round.start', activity: 'spotlight' });
    await consoleClient.send({ type: 'spotlight.offer', childId: ids[1]! });
    await tablets[1]!.until((v) => (v.round?.view as SpotlightTablet | undefined)?.role === 'presenter');
    expect(await tablets[0]!.send({ type: 'spotlight.ready' })).toMatchObject({ ok: false, code: 'spotlight.not_presenter' });
    expect(await tablets[0]!.send({ type: 'spotlight.offer' })).toMatchObject({ ok: false, code: 'role.denied' });

    // The presenter's tablet drops and comes back (a refresh): it is still the presenter.
    tablets[1]!.close();
    const again = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: tokens[1]! }));
    const back = await again.until((v) => v.status === 'seated');
    expect(back.round?.view).toMatchObject({ role: 'presenter', phase: 'offered' });
    expect(await again.send({ type: 'spotlight.ready' })).toMatchObject({ ok: true });

    // A late tablet takes a seat the facilitator freed and lands in the running round as audience.
    const late = track(new LiveClient<TabletView>(srv.url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
    const choosing = await late.until((v) => v.status === 'choosing');
    const free = choosing.choices.find((c) => c.available);
    expect(free).toBeUndefined();
    await consoleClient.send({ type: 'seat.release', childId: ids[2]! });
    await late.until((v) => v.choices.some((c) => c.childId === ids[2] && c.available));
    await late.send({ type: 'seat.claim', childId: ids[2]! });
    const seated = await late.until((v) => v.status === 'seated');
    expect(seated.round?.view).toMatchObject({ role: 'audience', phase: 'presenting', presenter: { childId: ids[1] } });
  });

  it("ending a session over HTTP closes the running round just as the console's End button does", async () => {
    const typesAfterStart = async (sessionId: string) => {
      const types = (await storedEvents(dataDir, sessionId)).map((e) => e.type);
      return types.slice(types.lastIndexOf('round.started'));
    };
    const byButton = await seatedSession(2);
    await byButton.consoleClient.send({ type: 'round.start', activity: 'spotlight' });
    expect(await byButton.consoleClient.send({ type: 'session.end' })).toMatchObject({ ok: true });

    const byHttp = await seatedSession(2);
    await byHttp.consoleClient.send({ type: 'round.start', activity: 'spotlight' });
    await staff.ok('POST', `/sessions/${byHttp.s.id}/end`);

    // A round is closed before the session ends (MEASURES: a round's span runs from round.started to round.ended).
    const viaHttp = await typesAfterStart(byHttp.s.id);
    expect(viaHttp.slice(-2)).toEqual(['round.ended', 'session.ended']);
    expect(viaHttp).toEqual(await typesAfterStart(byButton.s.id));
  });
});
