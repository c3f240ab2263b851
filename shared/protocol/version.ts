// The protocol version, sent in every handshake; a mismatch is refused with `protocol.version`.
export const PROTOCOL_VERSION = 1;
