// Numeric limits shared by server and clients: message sizes, rates and presence thresholds.
/** Largest Socket.IO message the server accepts (engine maxHttpBufferSize). */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** Per-socket token bucket: burst size and refill per second. */
export const SOCKET_BURST = 20;
export const SOCKET_REFILL_PER_SEC = 10;
/** A child may send at most this many reactions per window, so the stage is not flooded. */
export const REACTIONS_PER_WINDOW = 3;
export const REACTION_WINDOW_MS = 2000;
/** A disconnected seat counts as "reconnecting" for this long, then as "away". */
export const AWAY_AFTER_MS = 30_000;
/** How many recent moments (waves, reactions) a screen view carries for animation. */
export const SCREEN_MOMENTS = 24;
/** How many past events a console catch-up returns at most. */
export const CATCHUP_MAX_EVENTS = 500;
