// TRUST_PROXY, TIMEZONE and ACCEPT_SOCKETS: what each accepts, and that a bad value stops the start.
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

describe('ACCEPT_SOCKETS', () => {
  it('is 1 on the laptop and 8 on PostgreSQL unless set', () => {
    expect(configFromEnv({}).acceptSockets).toBe(1);
    expect(configFromEnv({ DATABASE_URL: 'postgres://u@db.example/ct' }).acceptSockets).toBe(8);
    expect(configFromEnv({ ACCEPT_SOCKETS: '4' }).acceptSockets).toBe(4);
    expect(configFromEnv({ ACCEPT_SOCKETS: '1', DATABASE_URL: 'postgres://u@db.example/ct' }).acceptSockets).toBe(1);
  });

  it('refuses what is not a count from 1 to 64, naming the setting', () => {
    for (const bad of ['0', '65', 'many', '-2', '2.5']) expect(() => configFromEnv({ ACCEPT_SOCKETS: bad }), bad).toThrow(/ACCEPT_SOCKETS/);
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
