// Socket.IO's wire format, encoded without the binary scan and with views serialised once (PreEncoded).
import * as socketIoParser from 'socket.io-parser';
import type { ViewMessage } from '../../shared/protocol/messages';

/**
 * A message argument that is already JSON. The room serialises each view once to see whether it changed; sending
 * that same string saves Socket.IO a second JSON.stringify per socket.
 */
export class PreEncoded {
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
    let out = String(packet.type);
    if (packet.nsp && packet.nsp !== '/') out += `${packet.nsp},`;
    if (packet.id !== undefined && packet.id !== null) out += packet.id;
    const args = packet.data as unknown[];
    out += '[';
    for (let i = 0; i < args.length; i++) out += (i > 0 ? ',' : '') + encodeArg(args[i]);
    return [`${out}]`];
  }
}

/** Incoming packets are decoded as usual (the decoder also enforces Socket.IO's limits). */
export const Decoder = socketIoParser.Decoder;
export const protocol = socketIoParser.protocol;

/** A view message whose view is already JSON, written in the key order JSON.stringify(m) would use. */
export function viewMessageJson(m: ViewMessage, viewJson: string): PreEncoded {
  return new PreEncoded(`{"version":${JSON.stringify(m.version)},"view":${viewJson},"serverNow":${JSON.stringify(m.serverNow)}}`);
}
