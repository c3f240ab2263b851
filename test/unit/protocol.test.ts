// Protocol validation: every intent and handshake shape is checked before any rule sees it; seeded fuzzing.
import { describe, expect, it } from 'vitest';
import { parseHandshake } from '../../shared/protocol/handshake';
import { parseIntent } from '../../shared/protocol/intents';
import { ERROR_CODES, isErrorCode } from '../../shared/protocol/errors';

/** A small deterministic PRNG (mulberry32) so fuzz failures can be replayed from the seed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomValue(r: () => number, depth = 0): unknown {
  const pick = Math.floor(r() * 9);
  switch (pick) {
    case 0: return null;
    case 1: return r() * 1e6 - 5e5;
    case 2: return r() > 0.5;
    case 3: return 'x'.repeat(Math.floor(r() * 80));
    case 4: return ['seat.claim', 'wave', 'reaction', 'session.end', 'eyes.set', '__proto__'][Math.floor(r() * 6)];
    case 5: return depth > 2 ? {} : Object.fromEntries(Array.from({ length: Math.floor(r() * 4) }, (_, i) => [['id', 'type', 'kind', 'childId', 'on'][i % 5] ?? 'k', randomValue(r, depth + 1)]));
    case 6: return depth > 2 ? [] : Array.from({ length: Math.floor(r() * 3) }, () => randomValue(r, depth + 1));
    case 7: return undefined;
    default: return 'abcdef123';
  }
}

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

  it('never throws and never accepts garbage (seeded fuzz, 5000 cases)', () => {
    const r = rng(20261122);
    for (let i = 0; i < 5000; i++) {
      const value = randomValue(r);
      const result = parseIntent(value);
      if (result.ok) {
        // Anything accepted must round-trip exactly and carry a proper id and known type.
        expect(result.value).toEqual(value);
        expect(typeof result.value.id).toBe('string');
      }
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
    for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z]+\.[a-z_]+$/);
    expect(isErrorCode('seat.taken')).toBe(true);
    expect(isErrorCode('nope')).toBe(false);
  });
});
