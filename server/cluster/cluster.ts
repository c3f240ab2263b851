// What a node knows of the others: its own id, room ownership with fencing epochs, who is alive, who leads.
import type { Fence } from '../store/event-store';

/** The outcome of claiming a room: the fence its commits carry, and the node that owned it before (if any). */
export interface RoomClaim {
  fence: Fence | undefined;
  previousNodeId: string | null;
}

export interface Cluster {
  readonly nodeId: string;
  /** True when other nodes may exist (PostgreSQL): rooms are claimed, fenced and may move. */
  readonly shared: boolean;
  /**
   * Makes this node the room's owner at a new epoch. The load balancer routes a room's sockets to one node, so
   * the node they reach takes the room; any earlier owner is fenced out from then on.
   */
  claimRoom(sessionId: string): Promise<RoomClaim>;
  /** Gives a room up after its session ended (only if this node still owns it at that epoch). */
  releaseRoom(sessionId: string, fence: Fence | undefined): Promise<void>;
  /** The node owning the room if it is alive (heartbeat fresh and its lock held), else null. */
  liveOwner(sessionId: string): Promise<string | null>;
  /** Of the given rooms this node holds, those it no longer owns at that epoch (checked each heartbeat). */
  lostRooms(held: ReadonlyMap<string, Fence>): Promise<string[]>;
  /** The one node that runs cluster-wide jobs (the retention purge). Always true on the laptop. */
  isLeader(): boolean;
  close(): Promise<void>;
}

/** The laptop: one process owns every room; nothing to fence, nobody else to ask. */
export class LocalCluster implements Cluster {
  readonly nodeId = 'local';
  readonly shared = false;
  async claimRoom(): Promise<RoomClaim> {
    return { fence: undefined, previousNodeId: null };
  }
  async releaseRoom(): Promise<void> {}
  async liveOwner(): Promise<string | null> {
    return null;
  }
  async lostRooms(): Promise<string[]> {
    return [];
  }
  isLeader(): boolean {
    return true;
  }
  async close(): Promise<void> {}
}
