// Pre/post number formats: p to 3 decimals with "< .001", APA leading zeros in English only, true minus signs.
import { describe, expect, it } from 'vitest';
import { fmtBounded, fmtNumber, fmtP, fmtPRelation, fmtProbability, fmtSigned, fmtSignedFixed, fmtTrimmed } from '../../shared/review/prepost-format';

describe('pre/post formats', () => {
  it('p-values', () => {
    expect(fmtP(0.016177, 'en')).toBe('.016');
    expect(fmtP(0.016177, 'zh-CN')).toBe('0.016');
    expect(fmtP(0.0009, 'en')).toBe('< .001');
    expect(fmtP(0.0009, 'zh-CN')).toBe('< 0.001');
    expect(fmtP(0.001, 'en')).toBe('.001');
    expect(fmtP(1, 'en')).toBe('1.000');
    expect(fmtP(null, 'en')).toBe('—');
    expect(fmtPRelation(0.0026, 'en')).toBe('= .003');
    expect(fmtPRelation(0.0002, 'zh-CN')).toBe('< 0.001');
  });

  it('statistics, signs and trimmed scores', () => {
    expect(fmtNumber(4.116195)).toBe('4.12');
    expect(fmtNumber(-0.603)).toBe('−0.60');
    expect(fmtNumber(-0.001)).toBe('0.00');
    expect(fmtNumber(Number.NaN)).toBe('—');
    expect(fmtTrimmed(43.5)).toBe('43.5');
    expect(fmtTrimmed(15)).toBe('15');
    expect(fmtTrimmed(-0.0001)).toBe('0');
    expect(fmtSigned(3)).toBe('+3');
    expect(fmtSigned(-1)).toBe('−1');
    expect(fmtSigned(0)).toBe('0');
    expect(fmtSignedFixed(2.4121)).toBe('+2.41');
    expect(fmtSignedFixed(-0.603)).toBe('−0.60');
    expect(fmtSignedFixed(0)).toBe('0.00');
  });

  it('bounded values and small exact probabilities', () => {
    expect(fmtBounded(0.933333, 'en')).toBe('.93');
    expect(fmtBounded(-0.5, 'en')).toBe('−.50');
    expect(fmtBounded(0.85, 'zh-CN')).toBe('0.85');
    expect(fmtProbability(2 / 512, 'en')).toBe('.0039');
    expect(fmtProbability(2 / 32, 'zh-CN')).toBe('0.0625');
    expect(fmtProbability(0.5, 'en')).toBe('.5');
    expect(fmtProbability(1, 'en')).toBe('1');
  });
});
