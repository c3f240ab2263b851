// Several nodes on one PostgreSQL: a heartbeat and a session advisory lock per node, fenced room ownership, one leader.
import { randomInt } from 'node:crypto';
import pg from 'pg';
import type { Fence } from '../store/event-store';
import { placeholders, type Sql } from '../store/sql/sql';
import { pgTypes } from '../store/sql/postgres-sql';
import type { Cluster, RoomClaim } from './cluster';

/** Advisory lock namespaces (the two-int form): one lock per node, and the leader's. */
const NODE_LOCKS = 7_120_002;
const LEADER_LOCK = 7_120_003;
export const HEARTBEAT_MS = 1000;
/** A node whose heartbeat is older than this is hung (or its connection is): its rooms may be taken. */
export const HEARTBEAT_TIMEOUT_MS = 5000;

export interface PostgresClusterOptions {
  sql: Sql;
  databaseUrl: string;
  nodeId: string;
  now: () => number;
  log: (line: string) => void;
  /** Called on each heartbeat with the rooms found lost (another node took them). */
  onLost?: (sessionIds: string[]) => void;
  heldRooms?: () => ReadonlyMap<string, Fence>;
}

export class PostgresCluster implements Cluster {
  readonly shared = true;
  readonly nodeId: string;
  private lockKey = 0;
  private lockClient: pg.Client | null = null;
  private leader = false;
  private closed = false;
  private timer: NodeJS.Timeout | undefined;
  private reconnecting: Promise<void> | null = null;

  private constructor(private readonly opts: PostgresClusterOptions) {
    this.nodeId = opts.nodeId;
  }

  /** Registers the node, takes its lock, and starts the heartbeat (which also tries for leadership). */
  static async join(opts: PostgresClusterOptions): Promise<PostgresCluster> {
    const c = new PostgresCluster(opts);
    await c.register();
    await c.connectLock();
    await c.beat();
    c.timer = setInterval(() => void c.beat(), HEARTBEAT_MS);
    c.timer.unref();
    return c;
  }

  private async register(): Promise<void> {
    const now = this.opts.now();
    for (let tries = 0; ; tries++) {
      this.lockKey = randomInt(1, 2 ** 31 - 1);
      try {
        await this.opts.sql.run(
          'INSERT INTO nodes (id, lock_key, started_at, heartbeat_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET lock_key = excluded.lock_key, started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at',
          [this.nodeId, this.lockKey, now, now],
        );
        return;
      } catch (err) {
        // Another node drew the same lock key (about 1 in 2^31): draw again.
        if (tries > 5) throw err;
      }
    }
  }

  /** A connection of its own that holds this node's advisory lock for as long as the process lives. */
  private async connectLock(): Promise<void> {
    const client = new pg.Client({ connectionString: this.opts.databaseUrl, types: pgTypes });
    client.on('error', () => this.lockLost(client));
    client.on('end', () => this.lockLost(client));
    await client.connect();
    await client.query('SELECT pg_advisory_lock($1, $2)', [NODE_LOCKS, this.lockKey]);
    this.lockClient = client;
    this.leader = false;
  }

  private lockLost(client: pg.Client): void {
    if (this.lockClient !== client || this.closed) return;
    this.lockClient = null;
    this.leader = false;
    this.opts.log('cluster: lost the database connection that holds this node’s lock; reconnecting');
    this.reconnecting ??= this.reconnect().finally(() => (this.reconnecting = null));
  }

  private async reconnect(): Promise<void> {
    for (let delay = 200; !this.closed; delay = Math.min(delay * 2, 2000)) {
      try {
        await this.connectLock();
        this.opts.log('cluster: lock connection back');
        return;
      } catch {
        await new Promise((r) => setTimeout(r, delay).unref());
      }
    }
  }

  private async beat(): Promise<void> {
    if (this.closed) return;
    try {
      await this.opts.sql.run('UPDATE nodes SET heartbeat_at = ? WHERE id = ?', [this.opts.now(), this.nodeId]);
      if (!this.leader && this.lockClient) {
        const r = await this.lockClient.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, 0) AS ok', [LEADER_LOCK]);
        this.leader = r.rows[0]?.ok === true;
        if (this.leader) this.opts.log(`cluster: node ${this.nodeId} leads (runs the retention purge)`);
      }
      const held = this.opts.heldRooms?.();
      if (held && held.size > 0) {
        const lost = await this.lostRooms(held);
        if (lost.length > 0) this.opts.onLost?.(lost);
      }
    } catch {
      // The database is away; the next beat tries again. Nodes judge liveness by the heartbeat's age.
    }
  }

  async claimRoom(sessionId: string): Promise<RoomClaim> {
    // One statement, one round trip (a takeover claims a hundred rooms at once, each queued behind the others on
    // the pool): bump the owner row's epoch (or insert it) and return the node it had — the subquery reads the
    // statement's snapshot, before the update. An old owner's commit holds the row only while its own single
    // statement runs; a hung transaction is cut off by the server after 5 s (idle_in_transaction_session_timeout).
    const row = await this.opts.sql.get<{ epoch: number; previous: string | null }>(
      `INSERT INTO room_owners (session_id, node_id, epoch, claimed_at) VALUES (?, ?, 1, ?)
       ON CONFLICT (session_id) DO UPDATE SET node_id = excluded.node_id, epoch = room_owners.epoch + 1, claimed_at = excluded.claimed_at
       RETURNING epoch, (SELECT o.node_id FROM room_owners o WHERE o.session_id = ?) AS previous`,
      [sessionId, this.nodeId, this.opts.now(), sessionId],
    );
    if (!row) throw new Error(`could not claim room ${sessionId}`);
    return { fence: { nodeId: this.nodeId, epoch: Number(row.epoch) }, previousNodeId: row.previous ?? null };
  }

  async releaseRoom(sessionId: string, fence: Fence | undefined): Promise<void> {
    if (!fence) return;
    await this.opts.sql.run('DELETE FROM room_owners WHERE session_id = ? AND node_id = ? AND epoch = ?', [sessionId, fence.nodeId, fence.epoch]);
  }

  async liveOwner(sessionId: string): Promise<string | null> {
    const row = await this.opts.sql.get<{ node_id: string }>(
      `SELECT o.node_id FROM room_owners o JOIN nodes n ON n.id = o.node_id
       WHERE o.session_id = ? AND n.heartbeat_at > ?
         AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted
                     AND l.classid::bigint = ? AND l.objid::bigint = n.lock_key AND l.objsubid = 2)`,
      [sessionId, this.opts.now() - HEARTBEAT_TIMEOUT_MS, NODE_LOCKS],
    );
    return row?.node_id ?? null;
  }

  async lostRooms(held: ReadonlyMap<string, Fence>): Promise<string[]> {
    const ids = [...held.keys()];
    const rows = await this.opts.sql.all<{ session_id: string; node_id: string; epoch: number }>(
      `SELECT session_id, node_id, epoch FROM room_owners WHERE session_id IN (${placeholders(ids.length)})`,
      ids,
    );
    const owners = new Map(rows.map((r) => [r.session_id, r]));
    return ids.filter((id) => {
      const o = owners.get(id);
      const f = held.get(id);
      return !o || !f || o.node_id !== f.nodeId || o.epoch !== f.epoch;
    });
  }

  isLeader(): boolean {
    return this.leader;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    const client = this.lockClient;
    this.lockClient = null;
    await client?.end().catch(() => undefined);
    await this.opts.sql.run('DELETE FROM nodes WHERE id = ?', [this.nodeId]).catch(() => undefined);
  }
}
