// Socket.IO's wire format, encoded without the binary scan, and batches serialised once for every socket (PreEncoded).
import * as socketIoParser from 'socket.io-parser';

/**
 * A message argument that is already JSON. A room makes each batch once for all the sockets that get the same one;
 * the packet around it is made once too (the first socket's encode keeps it for the rest).
 */
export class PreEncoded {
  /** The whole packet text, once one socket's encode made it (for packets with no ack id in the default namespace). */
  packet: string | undefined;
  constructor(readonly json: string) {}
  /** Only reached if something other than this encoder serialises it (e.g. a cross-node adapter): the parsed value. */
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

const EVENT = socketIoParser.PacketType.EVENT;
const ACK = socketIoParser.PacketType.ACK;

function encodeArg(arg: unknown): string {
  return arg instanceof PreEncoded ? arg.json : JSON.stringify(arg);
}

/**
 * Socket.IO's default encoder scans every outgoing packet for binary data (6 % of the server's busy time under
 * load). Circletime never sends binary, so events and acks are written straight as the standard text packet —
 * `<type>[<nsp>,][<id>]<json array>` — which every Socket.IO client decodes as usual. Anything else (connect,
 * disconnect, errors) goes through the standard encoder.
 */
export class Encoder extends socketIoParser.Encoder {
  override encode(packet: socketIoParser.Packet): string[] {
    if ((packet.type !== EVENT && packet.type !== ACK) || !Array.isArray(packet.data)) return super.encode(packet);
    const shared = sharedPacketOf(packet);
    if (shared?.packet !== undefined) return [shared.packet];
    let out = String(packet.type);
    if (packet.nsp && packet.nsp !== '/') out += `${packet.nsp},`;
    if (packet.id !== undefined && packet.id !== null) out += packet.id;
    const args = packet.data as unknown[];
    out += '[';
    for (let i = 0; i < args.length; i++) out += (i > 0 ? ',' : '') + encodeArg(args[i]);
    out += ']';
    if (shared) shared.packet = out;
    return [out];
  }
}

/** The PreEncoded argument of an `event(arg)` packet that every socket would encode alike (no ack id, namespace "/"). */
function sharedPacketOf(packet: socketIoParser.Packet): PreEncoded | undefined {
  if (packet.type !== EVENT || (packet.nsp && packet.nsp !== '/') || (packet.id !== undefined && packet.id !== null)) return undefined;
  const args = packet.data as unknown[];
  return args.length === 2 && args[1] instanceof PreEncoded ? args[1] : undefined;
}

/** Incoming packets are decoded as usual (the decoder also enforces Socket.IO's limits). */
export const Decoder = socketIoParser.Decoder;
export const protocol = socketIoParser.protocol;
