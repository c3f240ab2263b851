// The protocol version, sent in every handshake; a mismatch is refused with `protocol.version`. 2: hello + batch (docs/protocol.md).
export const PROTOCOL_VERSION = 2;
