// Build Together survives a SIGKILLed server: the restored room keeps every child's dealt hand, with no new deal.
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildTogetherTablet } from '../../shared/activities/build-together/views';
import type { TabletView } from '../../shared/session/views';
import { LiveClient, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';
import { storedEvents } from '../support/stored-events';
import { childServer, killChild, tempDataDir, type ChildServer } from '../support/test-server';

const running: ChildServer[] = [];
const clients: { close(): void }[] = [];
afterAll(async () => {
  for (const c of clients) c.close();
  for (const s of running) await killChild(s, 'SIGKILL');
});

const handOf = (v: TabletView): string[] | undefined =>
  v.round?.activity === 'build-together' ? (v.round.view as BuildTogetherTablet).hand.map((p) => p.pieceId) : undefined;

describe('Build Together across a restart', () => {
  it('hands dealt before a SIGKILL are the hands after the restart; no build.dealt is logged', async () => {
    const dataDir = tempDataDir('ct-build-restart-');
    const first = await childServer(dataDir);
    running.push(first);
    const staff = new StaffClient(first.url);
    await staff.setup(first.setupCode!);
    const { group, children } = await staff.groupWithChildren(
      'Builders',
      [
        ['Mimi', 'cat'],
        ['Bo', 'dog'],
        ['Lulu', 'owl'],
        ['Kai', 'fox'],
      ],
      true,
    );
    const s = await staff.startSession(group.id);
    const consoleClient = new LiveClient(first.url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie });
    clients.push(consoleClient);
    const tablets = children.map(() => new LiveClient<TabletView>(first.url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
    clients.push(...tablets);
    await Promise.all(tablets.map((t) => t.until((v) => v.status === 'choosing')));
    await Promise.all(tablets.map((t, i) => t.send({ type: 'seat.claim', childId: children[i]!.id })));
    await Promise.all(tablets.map((t) => t.until((v) => v.status === 'seated')));
    expect(await consoleClient.send({ type: 'round.start', activity: 'build-together', settings: { design: 'rocket' } })).toMatchObject({ ok: true });
    const before = await Promise.all(tablets.map((t) => t.until((v) => (handOf(v)?.length ?? 0) > 0).then(handOf)));
    const dealtBefore = (await storedEvents(dataDir, s.id, 'build.dealt')).length;

    await killChild(first, 'SIGKILL');
    // Only views from the restarted server count.
    const after = Promise.all(tablets.map((t) => t.next((v) => v.status === 'seated' && handOf(v) !== undefined).then(handOf)));
    const second = await childServer(dataDir, first.port);
    running.push(second);
    expect(await after).toEqual(before);

    // Past the grace window too: nobody was logged away, nothing re-dealt. Absence has no event to wait on, so wait past the deadline.
    await new Promise((r) => setTimeout(r, 5000));
    expect((await storedEvents(dataDir, s.id, 'build.dealt')).length).toBe(dealtBefore);
    expect(tablets.map((t) => handOf(t.last!))).toEqual(before);
    await killChild(second);
  }, 60_000);
});
