// The join code's and seat token's shapes: plain patterns, apart from the handshake's schema (valibot), so a tablet
// checks a typed code without carrying the validation library.
export const JOIN_CODE_PATTERN = /^[0-9]{4,6}$/;
/** A tablet's seat token: random, made on the tablet, kept in its storage. */
export const SEAT_TOKEN_PATTERN = /^[a-f0-9]{32,64}$/;
