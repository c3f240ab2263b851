// Protocol validation: every intent and handshake shape is checked before any rule sees it (malformed intents are
// also fuzzed through a real room in room-fuzz.test.ts).
import { describe, expect, it } from 'vitest';
import { parseHandshake } from '../../shared/protocol/handshake';
import { parseIntent } from '../../shared/protocol/intents';
import { CORE_ERROR_CODES, ERROR_CODES, isErrorCode } from '../../shared/protocol/errors';
import { ACTIVITIES, ACTIVITY_IDS } from '../../shared/activities/registry';
import { DICTIONARIES } from '../../shared/i18n';

describe('intent validation', () => {
  it('accepts well-formed intents', () => {
    expect(parseIntent({ id: 'abc123', type: 'wave' }).ok).toBe(true);
    expect(parseIntent({ id: 'abc123', type: 'reaction', kind: 'me-too' }).ok).toBe(true);
    expect(parseIntent({ id: 'abc123', type: 'seat.move', fromChildId: 'a', toChildId: 'b' }).ok).toBe(true);
  });

  it('rejects unknown types, missing ids, extra keys, wrong kinds and bad ids', () => {
    for (const bad of [
      null,
      'wave',
      { type: 'wave' },
      { id: 'abc123', type: 'explode' },
      { id: 'abc123', type: 'wave', childId: 'c1' },
      { id: 'abc123', type: 'reaction', kind: 'boo' },
      { id: 'a b', type: 'wave' },
      { id: 'x'.repeat(65), type: 'wave' },
      { id: 'abc123', type: 'eyes.set', on: 'yes' },
      { id: 'abc123', type: 'seat.claim', childId: '../etc' },
    ]) {
      expect(parseIntent(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('handshake validation', () => {
  it('accepts each role with its own credential', () => {
    expect(parseHandshake({ role: 'console', protocol: 1, sessionId: 's' }).ok).toBe(true);
    expect(parseHandshake({ role: 'screen', protocol: 1, screenToken: 'a'.repeat(32), since: 4 }).ok).toBe(true);
    expect(parseHandshake({ role: 'tablet', protocol: 1, code: '1234', seatToken: 'ab'.repeat(16) }).ok).toBe(true);
  });

  it('rejects a role claimed without its credential, or with someone else’s fields', () => {
    expect(parseHandshake({ role: 'staff', protocol: 1 }).ok).toBe(false);
    expect(parseHandshake({ role: 'tablet', protocol: 1, code: '1234' }).ok).toBe(false);
    expect(parseHandshake({ role: 'tablet', protocol: 1, code: '12a4', seatToken: 'ab'.repeat(16) }).ok).toBe(false);
    expect(parseHandshake({ role: 'tablet', protocol: 1, code: '1234', seatToken: 'ab'.repeat(16), staffId: 'x' }).ok).toBe(false);
    expect(parseHandshake({ role: 'screen', protocol: 1, screenToken: 'short' }).ok).toBe(false);
    expect(parseHandshake({ role: 'console', protocol: 1, sessionId: 's', since: -1 }).ok).toBe(false);
  });
});

describe('error codes', () => {
  it('are namespaced and recognised', () => {
    // An activity's codes are namespaced by its id, which may hold dashes (feelings-weather.same_answer).
    for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z][a-z-]*\.[a-z_]+$/);
    expect(isErrorCode('seat.taken')).toBe(true);
    expect(isErrorCode('nope')).toBe(false);
  });

  it("include each activity's own declared codes, once, each worded in both languages", () => {
    for (const id of ACTIVITY_IDS) for (const code of ACTIVITIES[id].errors) expect(isErrorCode(code)).toBe(true);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(ERROR_CODES.length).toBe(CORE_ERROR_CODES.length + ACTIVITY_IDS.reduce((n, id) => n + ACTIVITIES[id].errors.length, 0));
    for (const code of ERROR_CODES) {
      expect(DICTIONARIES.en.common.errors[code], code).toBeTruthy();
      expect(DICTIONARIES['zh-CN'].common.errors[code], code).toBeTruthy();
    }
  });
});
