// RETENTION_CHECK_MS: how often the server looks for groups past their retention date (default one hour).
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config';

describe('RETENTION_CHECK_MS', () => {
  it('defaults to one hour and takes a whole number of milliseconds', () => {
    expect(configFromEnv({}).retentionCheckMs).toBe(3_600_000);
    expect(configFromEnv({ RETENTION_CHECK_MS: '250' }).retentionCheckMs).toBe(250);
  });

  it('refuses what a timer cannot take', () => {
    for (const bad of ['0', '-5', '1.5', 'soon', '2147483648']) expect(() => configFromEnv({ RETENTION_CHECK_MS: bad }), bad).toThrow(/RETENTION_CHECK_MS/);
  });
});
