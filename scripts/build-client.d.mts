// Types for scripts/build-client.mjs, so the TypeScript benches build the pages with the same code `npm test` runs.
export const top: string;
/** Builds dist/client when it is missing or older than its sources; true if it built. `logTo: 'stderr'` keeps stdout clean. */
export function buildClientIfStale(opts?: { logTo?: 'inherit' | 'stderr' }): boolean;
