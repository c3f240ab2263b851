// TRUST_PROXY and TIMEZONE: what each accepts, and that a zone that does not exist stops the start.
import { afterEach, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config';
import { applyTimeZone, serverTimeZone } from '../../server/time-zone';

describe('TRUST_PROXY', () => {
  it('is off unless set to 1, true, yes or on', () => {
    expect(configFromEnv({}).trustProxy).toBe(false);
    for (const on of ['1', 'true', 'YES', 'on']) expect(configFromEnv({ TRUST_PROXY: on }).trustProxy, on).toBe(true);
    for (const off of ['', '0', 'false', 'no']) expect(configFromEnv({ TRUST_PROXY: off }).trustProxy, off).toBe(false);
  });
});

describe('TIMEZONE', () => {
  const before = process.env.TZ;
  afterEach(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });

  it("becomes the process's zone, written the canonical way", () => {
    applyTimeZone({ TIMEZONE: ' asia/shanghai ' });
    expect(serverTimeZone()).toBe('Asia/Shanghai');
    expect(new Date(Date.UTC(2026, 0, 1, 20)).getDate()).toBe(2);
  });

  it('unset leaves the server its own zone; a name that is not a zone is refused', () => {
    const own = serverTimeZone();
    applyTimeZone({});
    expect(serverTimeZone()).toBe(own);
    expect(() => applyTimeZone({ TIMEZONE: 'Mars/Olympus_Mons' })).toThrow(/TIMEZONE must be an IANA time zone/);
    expect(serverTimeZone()).toBe(own);
  });
});
