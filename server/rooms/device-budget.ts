// How fast one tablet (device) may add to a session's log, across all its connections: no faster than a child acts.
import { TokenBucket } from '../realtime/token-bucket';

/** A burst of 20 logged actions (a check-in answered in a hurry), then 3 a second: a child, not a script. */
export const DEVICE_LOG_BURST = 20;
export const DEVICE_LOG_PER_SEC = 3;
/** A tablet gone this long is logged as away; back sooner (a Wi-Fi blip, a reload) and nothing is logged. */
export const PRESENCE_DEBOUNCE_MS = 2000;

export class DeviceBudgets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly now: () => number) {}

  /**
   * One bucket per device hash, whatever the number of sockets: a seat token on 20 connections put 1,385 waves in
   * the log in 5 s when the only limit was per socket. Buckets live as long as the room (a few dozen devices).
   */
  take(deviceHash: string): boolean {
    let bucket = this.buckets.get(deviceHash);
    if (!bucket) this.buckets.set(deviceHash, (bucket = new TokenBucket(DEVICE_LOG_BURST, DEVICE_LOG_PER_SEC, this.now)));
    return bucket.take();
  }
}
