// The centre's time zone: TIMEZONE (an IANA name) becomes the process's own zone, so every local date agrees.

/**
 * Makes TIMEZONE the zone of this process (as TZ would), so exports, the review, the report and the retention
 * purge's "midnight" all mean the centre's day. Unset: the server's own zone. A name that is not a zone stops
 * the start, as a malformed setting should.
 */
export function applyTimeZone(env: NodeJS.ProcessEnv = process.env): void {
  const wanted = env.TIMEZONE?.trim();
  if (!wanted) return;
  let zone: string;
  try {
    zone = new Intl.DateTimeFormat('en', { timeZone: wanted }).resolvedOptions().timeZone;
  } catch {
    throw new Error(`TIMEZONE must be an IANA time zone such as "Asia/Shanghai" or "Europe/London", got "${wanted}"`);
  }
  // Node re-reads TZ when it is assigned, for Date and Intl alike.
  process.env.TZ = zone;
}

/** The zone local dates are written in: TIMEZONE when set, else the server's own. */
export function serverTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
