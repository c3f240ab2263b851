// Two nodes behind HAProxy on one PostgreSQL: rooms spread, a node SIGKILLed or hung, PostgreSQL restarted — rooms go on, nothing acknowledged is lost.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgTypes } from '../../server/store/sql/postgres-sql';
import type { TabletView } from '../../shared/session/views';
import { startTestCluster, waitFor, type TestCluster } from '../support/cluster';
import { checkLog, closeRooms, openRooms, sendUntilAcked, waveLoop, type Acked, type DrivenRoom } from '../support/cluster-rooms';
import { LiveClient } from '../support/live-client';
import { privateCluster, testStore, type PrivateCluster } from '../support/postgres';
import { StaffClient } from '../support/staff-client';

async function ownerOf(databaseUrl: string, sessionId: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl, types: pgTypes });
  await client.connect();
  try {
    return (await client.query<{ node_id: string }>('SELECT node_id FROM room_owners WHERE session_id = $1', [sessionId])).rows[0]?.node_id;
  } finally {
    await client.end();
  }
}

/** The room's owner row: which node, at which epoch (a takeover raises it). */
async function ownerRow(databaseUrl: string, sessionId: string): Promise<{ node_id: string; epoch: number } | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl, types: pgTypes });
  await client.connect();
  try {
    return (await client.query<{ node_id: string; epoch: number }>('SELECT node_id, epoch FROM room_owners WHERE session_id = $1', [sessionId])).rows[0];
  } finally {
    await client.end();
  }
}

async function adminOf(cluster: TestCluster): Promise<StaffClient> {
  const code = cluster.nodes.map((n) => n.output().match(/Setup code[^\d]*(\d{8})/)?.[1]).find(Boolean);
  if (!code) throw new Error('no node printed a setup code');
  const admin = new StaffClient(cluster.url);
  await admin.setup(code);
  return admin;
}

/** Resolves once every tablet of the room is seated again and has an intent acknowledged after `since`. */
async function resumed(room: DrivenRoom, acked: readonly Acked[], since: number, ackedAt: Map<string, number>): Promise<number> {
  await Promise.all(room.tablets.map((t) => t.until((v) => v.status === 'seated')));
  for (;;) {
    const after = acked.filter((a) => a.sessionId === room.sessionId && (ackedAt.get(a.intentId) ?? 0) > since);
    if (after.length >= room.tablets.length) return Math.max(...after.slice(0, room.tablets.length).map((a) => ackedAt.get(a.intentId)!)) - since;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Records when each acknowledgement arrived (the list itself is filled by waveLoop). */
function stampAcks(acked: Acked[]): Map<string, number> {
  const at = new Map<string, number>();
  const push = acked.push.bind(acked);
  acked.push = (...items: Acked[]) => {
    for (const a of items) at.set(a.intentId, Date.now());
    return push(...items);
  };
  return at;
}

describe.runIf(testStore() === 'postgres')('organisation cluster: 2 nodes behind HAProxy', () => {
  let cluster: TestCluster;
  let admin: StaffClient;
  let rooms: DrivenRoom[] = [];

  beforeAll(async () => {
    cluster = await startTestCluster({ nodes: 2 });
    admin = await adminOf(cluster);
  }, 120_000);
  afterAll(async () => {
    if (process.env.CLUSTER_DEBUG) for (const n of cluster?.nodes ?? []) console.log(`--- ${n.name}\n${n.output().slice(-4000)}`);
    if (process.env.CLUSTER_DEBUG) console.log(cluster?.haproxy.output().slice(-3000));
    closeRooms(rooms);
    await cluster?.close();
  });

  it('spreads rooms over both nodes; after one is SIGKILLed every room goes on on the other and no acknowledged intent is lost', async () => {
    rooms = await openRooms(cluster.url, admin, 10, 3, 'K');
    const placed = new Map<string, string[]>();
    for (const r of rooms) {
      const node = await cluster.nodeOfRoom(r.code);
      placed.set(node, [...(placed.get(node) ?? []), r.sessionId]);
      // The node HAProxy routes the room to is the one that owns it in the database.
      expect(await ownerOf(cluster.databaseUrl, r.sessionId)).toBe(node);
    }
    expect([...placed.keys()].sort()).toEqual(['n1', 'n2']);

    const acked: Acked[] = [];
    const ackedAt = stampAcks(acked);
    let running = true;
    const loop = waveLoop(rooms, () => running, acked);
    await expect.poll(() => acked.length, { timeout: 20_000 }).toBeGreaterThan(60);

    const victim = cluster.nodes[0]!;
    const moved = rooms.filter((r) => placed.get('n1')!.includes(r.sessionId));
    const killedAt = Date.now();
    await victim.kill('SIGKILL');
    const resumeMs = await Promise.all(moved.map((r) => resumed(r, acked, killedAt, ackedAt)));
    // Every seat is back within seconds (HAProxy's check, the reconnect, the takeover from the log).
    expect(Math.max(...resumeMs)).toBeLessThan(10_000);
    for (const r of rooms) expect(await ownerOf(cluster.databaseUrl, r.sessionId)).toBe('n2');

    running = false;
    await loop;
    expect(
      await checkLog(
        cluster.databaseUrl,
        rooms.map((r) => r.sessionId),
        acked,
      ),
    ).toEqual({ ackedLost: 0, seqGaps: 0, duplicateIntents: 0 });
    // Rooms that never moved kept their node: no needless takeover.
    expect(cluster.nodes[1]!.output()).toMatch(/took room/);
    await victim.start();
    await cluster.waitForNodeState('n1', 'UP');
  }, 120_000);

  it('a hung node (SIGSTOP) loses its rooms and, woken up (SIGCONT), writes nothing more to them', async () => {
    const room = rooms[0]!;
    // Open connections stay where they are when n1 comes back; the room's owner is whichever node holds it now.
    await sendUntilAcked(room.tablets[0]!, { type: 'wave' }, `before-hang-${Date.now()}`, 15_000);
    const holder = (await ownerOf(cluster.databaseUrl, room.sessionId))!;
    const hung = cluster.nodes.find((n) => n.name === holder)!;
    const other = cluster.nodes.find((n) => n.name !== holder)!;

    const t0 = Date.now();
    if (process.env.CLUSTER_DEBUG)
      for (const [k, t] of room.tablets.entries()) {
        t.socket.on('disconnect', (r) => console.log(`tablet ${k} disconnect ${r} +${Date.now() - t0}`));
        t.socket.on('connect', () => console.log(`tablet ${k} connect +${Date.now() - t0}`));
        t.socket.on('connect_error', (e) =>
          console.log(`tablet ${k} connect_error ${e.message} ${JSON.stringify((e as { data?: unknown }).data)} +${Date.now() - t0}`),
        );
      }
    hung.stop();
    // Sent while the node is hung: it reaches the node's socket buffer, never answered. Not retried.
    const unanswered = `hung-${Date.now()}`;
    room.tablets[1]!.socket.emit('intent', { id: unanswered, type: 'wave' } as never, () => {});
    await cluster.waitForNodeState(holder, 'DOWN', 30_000);
    const acked: Acked[] = [];
    for (const [k, t] of room.tablets.entries()) {
      const id = `after-hang-${k}-${Date.now()}`;
      const res = await sendUntilAcked(t, { type: 'wave' }, id, 20_000);
      expect(res?.ok).toBe(true);
      if (res?.ok) acked.push({ sessionId: room.sessionId, intentId: id, seq: res.seq });
    }
    expect(await ownerOf(cluster.databaseUrl, room.sessionId)).toBe(other.name);

    hung.cont();
    // Woken, it finds the room taken (a fenced write, or its heartbeat's check) and hands it over.
    await expect.poll(() => hung.output(), { timeout: 15_000 }).toMatch(new RegExp(`room ${room.sessionId} moved to another node`));
    await cluster.waitForNodeState(holder, 'UP');
    const log = await checkLog(cluster.databaseUrl, [room.sessionId], acked);
    expect(log).toEqual({ ackedLost: 0, seqGaps: 0, duplicateIntents: 0 });
    const client = new pg.Client({ connectionString: cluster.databaseUrl });
    await client.connect();
    const stray = await client.query('SELECT seq FROM events WHERE intent_id = $1', [unanswered]);
    await client.end();
    // The intent the hung node held was never acknowledged, and it did not write it after the room moved.
    expect(stray.rowCount).toBe(0);
  }, 120_000);
  it('HTTP actions reach the node that holds the room; logging out on one node closes consoles on the other; one live session per group across nodes', async () => {
    const room = rooms[2]!;
    const holder = (await ownerOf(cluster.databaseUrl, room.sessionId))!;
    const other = cluster.nodes.find((n) => n.name !== holder)!;
    // Straight to the node that does not hold the room, bypassing HAProxy: the roster change and the end go to the owner.
    const direct = new StaffClient(other.url);
    direct.cookie = admin.cookie;
    const added = await direct.ok<{ id: string }>(
      'POST',
      `/groups/${(await direct.ok<{ groupId: string }>('GET', `/sessions/${room.sessionId}`)).groupId}/children`,
      { nickname: 'Newcomer', avatar: 'owl' },
    );
    await room.console.until((v) => v.seats.some((seat) => seat.childId === added.id));
    const ended = room.tablets[0]!.until((v) => v.status === 'ended');
    await direct.ok('POST', `/sessions/${room.sessionId}/end`);
    await ended;
    expect(await ownerOf(cluster.databaseUrl, room.sessionId)).toBeUndefined();
    const client = new pg.Client({ connectionString: cluster.databaseUrl });
    await client.connect();
    const ends = await client.query("SELECT seq FROM events WHERE session_id = $1 AND type = 'session.ended'", [room.sessionId]);
    await client.end();
    expect(ends.rowCount).toBe(1);

    // A second login of the admin, whose console sits on one node; logging out everywhere on the other closes it.
    const second = new StaffClient(cluster.url);
    await second.login();
    const live = rooms[3]!;
    const consoleHolder = (await ownerOf(cluster.databaseUrl, live.sessionId))!;
    const farNode = cluster.nodes.find((n) => n.name !== consoleHolder)!;
    const far = new StaffClient(farNode.url);
    far.cookie = second.cookie;
    const secondConsole = new LiveClient(
      cluster.url,
      { role: 'console', sessionId: live.sessionId },
      { cookie: second.cookie, room: live.code, reconnection: false },
    );
    await secondConsole.until(() => true);
    const closed = secondConsole.disconnected();
    await far.ok('POST', '/logout');
    expect(await closed).toBe('io server disconnect');

    // Ten starts of one group, five on each node at once: one live session.
    const { group, children } = await admin.groupWithChildren('One live session', [['Solo', 'cat']], true);
    await admin.ok('PUT', `/groups/${group.id}/children/${children[0]!.id}/consent`, { participation: true, research: false });
    const starts = await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        const c = new StaffClient(cluster.nodes[i % 2]!.url);
        c.cookie = admin.cookie;
        return c.ok<{ id: string }>('POST', `/groups/${group.id}/sessions`, {});
      }),
    );
    expect(new Set(starts.map((s) => s.id)).size).toBe(1);
  }, 60_000);

  it('a new join code asked on the node without the room: the room moves once to where the new code routes, and a tablet back by the old code does not move it again', async () => {
    const room = rooms[5]!;
    const [first, second, away] = room.tablets as [LiveClient<TabletView>, LiveClient<TabletView>, LiveClient<TabletView>];
    const awayToken = away.seatToken!;
    away.close();
    const holder = (await ownerOf(cluster.databaseUrl, room.sessionId))!;
    const direct = new StaffClient(cluster.nodes.find((n) => n.name !== holder)!.url);
    direct.cookie = admin.cookie;
    // Asked again until the code replaced and the new one route to different nodes (half the codes do): only then
    // would admitting a tablet by the replaced code take the room away from everyone else.
    let replaced = room.code;
    let code = room.code;
    for (let i = 0; i < 12 && (await cluster.nodeOfRoom(code)) === (await cluster.nodeOfRoom(replaced)); i++) {
      replaced = code;
      code = (await direct.ok<{ code: string }>('POST', `/sessions/${room.sessionId}/join-code`)).code;
      expect(code).not.toBe(replaced);
    }
    expect(await cluster.nodeOfRoom(code)).not.toBe(await cluster.nodeOfRoom(replaced));
    // Done on the owner: its clients see the new code at once, seated tablets included.
    await room.console.until((v) => v.code === code);
    await Promise.all([first, second].map((t) => t.until((v) => v.code === code && v.status === 'seated')));

    // Their connections drop: they come back by the new code, through HAProxy, to the node it routes to.
    const target = await cluster.nodeOfRoom(code);
    for (const t of [first, second]) t.socket.io.engine.close();
    await waitFor(
      'the room on the node of its new code',
      async () => ((await ownerOf(cluster.databaseUrl, room.sessionId)) === target ? true : undefined),
      20_000,
    );
    await Promise.all([first, second].map((t) => t.until((v) => v.status === 'seated' && v.code === code)));
    await room.console.until((v) => v.code === code && v.seats.filter((s) => s.connected).length === 2);
    const settled = await ownerRow(cluster.databaseUrl, room.sessionId);

    // The tablet that was away comes back by the code just replaced (HAProxy routes it by that one, to the other
    // node): told the new code, it reconnects by it and is seated, and the room stayed (same owner, same epoch).
    const back = new LiveClient<TabletView>(cluster.url, { role: 'tablet', code: replaced, seatToken: awayToken });
    try {
      expect(await back.connectError()).toBe('join.code_changed');
      expect((await back.until((v) => v.status === 'seated')).code).toBe(code);
      await room.console.until((v) => v.seats.every((s) => s.connected));
      expect(await ownerRow(cluster.databaseUrl, room.sessionId)).toEqual(settled);
    } finally {
      back.close();
    }
  }, 60_000);
});

describe.runIf(testStore() === 'postgres')('organisation cluster: PostgreSQL restarted under load', () => {
  let pgCluster: PrivateCluster;
  let cluster: TestCluster;
  let rooms: DrivenRoom[] = [];

  beforeAll(async () => {
    pgCluster = await privateCluster();
    cluster = await startTestCluster({ nodes: 2, databaseUrl: await pgCluster.freshDatabaseUrl('restart') });
  }, 120_000);
  afterAll(async () => {
    if (process.env.CLUSTER_DEBUG) for (const n of cluster?.nodes ?? []) console.log(`--- ${n.name}\n${n.output().slice(-4000)}`);
    closeRooms(rooms);
    await cluster?.close();
    pgCluster?.stop();
  });

  it('the nodes reconnect, nothing acknowledged is lost, and intents sent meanwhile land once, retried with their ids', async () => {
    const admin = await adminOf(cluster);
    rooms = await openRooms(cluster.url, admin, 4, 3, 'P');
    const acked: Acked[] = [];
    const ackedAt = stampAcks(acked);
    let running = true;
    const loop = waveLoop(rooms, () => running, acked);
    await expect.poll(() => acked.length, { timeout: 20_000 }).toBeGreaterThan(30);
    const downMs = pgCluster.restart();
    const back = Date.now();
    expect(downMs).toBeGreaterThan(0);
    // Every tablet gets intents acknowledged again after PostgreSQL is back.
    await Promise.all(rooms.map((r) => resumed(r, acked, back, ackedAt)));
    running = false;
    await loop;
    expect(
      await checkLog(
        cluster.databaseUrl,
        rooms.map((r) => r.sessionId),
        acked,
      ),
    ).toEqual({ ackedLost: 0, seqGaps: 0, duplicateIntents: 0 });
  }, 180_000);
});
