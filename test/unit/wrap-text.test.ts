// Screen text wrapping: balanced lines never break a word in two ("Goo d at dra wing"), Chinese may break anywhere.
import { describe, expect, it } from 'vitest';
import { balancedWidth, wrapLines } from '../../client/screen/art/wrap-text';

/** A monospace measure: 10 px a character. */
const mono = (s: string) => s.length * 10;

describe('balanced wrapping', () => {
  it('never narrows below the widest word', () => {
    // 'abcdefgh i' at 80: splitting the long word keeps two lines, so only the widest-word floor stops it.
    for (const [text, max] of [
      ['abcdefgh i', 80],
      ['Good at drawing', 100],
      ['Good at drawing', 160],
      ['Kind to animals', 90],
      ['Helpful', 200],
    ] as const) {
      const w = balancedWidth(text, max, mono);
      const lines = wrapLines(text, w, mono);
      expect(lines.join(' ').split(' ')).toEqual(text.split(' '));
      expect(w).toBeLessThanOrEqual(max);
    }
  });

  it('still evens out lines, and Chinese breaks between characters', () => {
    expect(wrapLines('Good at drawing', balancedWidth('Good at drawing', 120, mono), mono)).toEqual(['Good at', 'drawing']);
    expect(wrapLines('会画画的小朋友', balancedWidth('会画画的小朋友', 40, mono), mono).join('')).toBe('会画画的小朋友');
  });
});
