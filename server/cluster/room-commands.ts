// Runs a command on a live room wherever it lives: here if this node holds it, on its owner if that node is alive, else here after taking it.
import { randomUUID } from 'node:crypto';
import { rosterSnapshot, type GroupsRepo } from '../store/groups-repo';
import type { Room } from '../rooms/room';
import type { RoomRegistry } from '../rooms/room-registry';
import type { Cluster } from './cluster';
import type { RoomCommand, RoomCommandMessage, RoomReplyMessage } from './inter-server';

/** How long to wait for a live owner before deciding it is not answering and taking the room here. */
export const COMMAND_TIMEOUT_MS = 3000;

/** The part of the Socket.IO server the commands use (typed loosely so tests can pass a stand-in). */
export interface NodeBus {
  serverSideEmit(event: 'room.command', m: RoomCommandMessage): void;
  serverSideEmit(event: 'room.reply', m: RoomReplyMessage): void;
}

export class RoomCommands {
  private bus: NodeBus | undefined;
  private readonly waiting = new Map<string, (done: boolean) => void>();

  constructor(private readonly deps: { registry: RoomRegistry; cluster: Cluster; groups: GroupsRepo }) {}

  /** Connects the commands to the other nodes (only when they exist). */
  connect(bus: NodeBus): void {
    this.bus = bus;
  }

  /** Runs the command on the session's room. Resolves false when the session is not live. */
  async run(sessionId: string, command: RoomCommand): Promise<boolean> {
    const held = this.deps.registry.get(sessionId);
    if (held && !held.moved) return this.execute(held, command);
    const owner = this.bus && (await this.deps.cluster.liveOwner(sessionId));
    if (owner && owner !== this.deps.cluster.nodeId && (await this.ask(owner, sessionId, command))) return true;
    // Nobody alive holds it (or the owner did not answer): this node takes the room and runs the command.
    const room = await this.deps.registry.acquire(sessionId);
    return room ? this.execute(room, command) : false;
  }

  private ask(target: string, sessionId: string, command: RoomCommand): Promise<boolean> {
    const id = randomUUID();
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve(false);
      }, COMMAND_TIMEOUT_MS);
      this.waiting.set(id, (done) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(done);
      });
      this.bus?.serverSideEmit('room.command', { id, from: this.deps.cluster.nodeId, target, sessionId, command });
    });
  }

  /** Another node asks this one (every node hears every command; only the target acts). */
  async onCommand(m: RoomCommandMessage): Promise<void> {
    if (m.target !== this.deps.cluster.nodeId) return;
    const room = this.deps.registry.get(m.sessionId);
    const done = room && !room.moved ? await this.execute(room, m.command).catch(() => false) : false;
    this.bus?.serverSideEmit('room.reply', { id: m.id, to: m.from, done });
  }

  onReply(m: RoomReplyMessage): void {
    if (m.to === this.deps.cluster.nodeId) this.waiting.get(m.id)?.(m.done);
  }

  private async execute(room: Room, command: RoomCommand): Promise<boolean> {
    const actor = { kind: 'staff', staffId: command.staffId } as const;
    if (command.kind === 'end') {
      await room.command({ type: 'session.end' }, actor);
      // Answer once the index calls the session ended too: what the caller does next (a purge) sees it so.
      await room.retired;
    } else if (command.kind === 'new-code') {
      // Runs where the room lives, so the room's views and the index change together.
      return (await this.deps.registry.newCode(room, command.staffId)) !== undefined;
    } else {
      await room.command({ type: 'roster.sync', roster: rosterSnapshot(await this.deps.groups.roster(room.groupId)) }, actor);
    }
    return true;
  }
}
