// Messages between nodes (over the Socket.IO PostgreSQL adapter): control only, never a room's own traffic.

/** What another node can ask a room's owner to do (HTTP routes that act on a live room). */
export type RoomCommand = { kind: 'end'; staffId: string } | { kind: 'sync-roster'; staffId: string } | { kind: 'new-code'; staffId: string };

export interface RoomCommandMessage {
  id: string;
  from: string;
  target: string;
  sessionId: string;
  command: RoomCommand;
}

export interface RoomReplyMessage {
  id: string;
  to: string;
  /** False when the target no longer holds the room: the asking node takes it. */
  done: boolean;
}

export interface InterServerEvents {
  'room.command': (m: RoomCommandMessage) => void;
  'room.reply': (m: RoomReplyMessage) => void;
  /** A node claimed the room: its earlier owner stops and hands its clients over at once. */
  'room.moved': (m: { sessionId: string; nodeId: string; epoch: number }) => void;
  /** Close the consoles of these staff members that may no longer run their session (or whose login ended). */
  'staff.changed': (m: { staffId: string; endedTokenHash?: string; allSessions?: boolean }) => void;
  /** Join codes are being guessed from many addresses: every node tells its live consoles. */
  'join.guessing': () => void;
}
