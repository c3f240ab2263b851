// TRUST_PROXY, TIMEZONE and EXTRA_PORTS: what each accepts, and that a bad value stops the start.
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

describe('EXTRA_PORTS', () => {
  it('takes ports separated by commas and ranges; unset is none', () => {
    expect(configFromEnv({}).extraPorts).toEqual([]);
    expect(configFromEnv({ EXTRA_PORTS: '' }).extraPorts).toEqual([]);
    expect(configFromEnv({ EXTRA_PORTS: '3001-3003' }).extraPorts).toEqual([3001, 3002, 3003]);
    expect(configFromEnv({ EXTRA_PORTS: '3001, 3005,4000-4001' }).extraPorts).toEqual([3001, 3005, 4000, 4001]);
    expect(configFromEnv({ EXTRA_PORTS: '0,0' }).extraPorts).toEqual([0, 0]);
  });

  it('refuses what is not a port list, naming the value', () => {
    for (const bad of ['abc', '3005-3001', '70000', '3001-', '-3', '3001;3002', '1-100', '1.5']) {
      expect(() => configFromEnv({ EXTRA_PORTS: bad }), bad).toThrow(/EXTRA_PORTS/);
    }
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
