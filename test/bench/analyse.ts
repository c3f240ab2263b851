// Turns the raw records of a run into its outcome: latency (send → screen view), rejections, and unseen intents.
import type { ConnectedRoom } from './load-clients';
import type { IntentRecord } from './load-driver';
import { percentiles, type Percentiles } from './percentiles';

export interface RunOutcome {
  /** Intents sent in the measured window. */
  intents: number;
  /** Intents sent in the whole run (warm-up included); loss is checked over all of them. */
  intentsTotal: number;
  /** Reactions among the measured intents (the rest are waves). */
  reactions: number;
  latencyMs: Percentiles;
  /** Send → the console's live metrics reflecting the event (the facilitator sees its effect). */
  consoleMetricsMs: Percentiles;
  rejected: number;
  rejectedByCode: Record<string, number>;
  /** Acked ok but the screen never got a view with that version. */
  unseen: string[];
  /** Of those, how many were in rooms whose screen connection dropped during the run. */
  unseenScreenDropped: number;
  /** No ack at all (timeout or disconnect). */
  unacked: number;
  /** Intent ids acked ok, for the log check. */
  ackedIds: string[];
}

export function analyse(records: readonly IntentRecord[], rooms: readonly ConnectedRoom[]): RunOutcome {
  const samples: number[] = [];
  const consoleSamples: number[] = [];
  const rejectedByCode: Record<string, number> = {};
  const unseen: string[] = [];
  const ackedIds: string[] = [];
  let rejected = 0;
  let unacked = 0;
  let unseenScreenDropped = 0;
  let intents = 0;
  let reactions = 0;
  for (const r of records) {
    if (r.measured) intents++;
    if (r.measured && r.type === 'reaction') reactions++;
    const res = r.result;
    if (!res) {
      unacked++;
      continue;
    }
    if (!res.ok) {
      rejected++;
      rejectedByCode[res.code] = (rejectedByCode[res.code] ?? 0) + 1;
      continue;
    }
    ackedIds.push(r.id);
    const seenAt = rooms[r.room]?.recorder.seenAt(res.seq);
    if (seenAt === undefined) {
      unseen.push(r.id);
      if (rooms[r.room]?.recorder.dropped) unseenScreenDropped++;
      continue;
    }
    if (r.measured) samples.push(seenAt - r.sentAt);
    const metricsAt = rooms[r.room]?.consoleMetrics.seenAt(res.seq);
    if (r.measured && metricsAt !== undefined) consoleSamples.push(metricsAt - r.sentAt);
  }
  return {
    intents,
    intentsTotal: records.length,
    reactions,
    latencyMs: percentiles(samples),
    consoleMetricsMs: percentiles(consoleSamples),
    rejected,
    rejectedByCode,
    unseen,
    unseenScreenDropped,
    unacked,
    ackedIds,
  };
}
