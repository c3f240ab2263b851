// Intents that belong to their moment (a wave, a cheer): never kept to be sent once a lost connection is back.
import type { Intent } from './intents';

/**
 * A wave from a minute ago says nothing, and every tablet of a room replaying what its child tapped under the
 * "reconnecting" pill made a burst the node that took the room over had to log on top of the reconnections.
 */
export const MOMENT_INTENTS: ReadonlySet<string> = new Set<Intent['type']>(['wave', 'reaction']);
