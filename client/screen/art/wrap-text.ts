// Line breaking for Phaser Text that is right for Chinese as well as English.
// Phaser's own wrap breaks only at spaces (its "advanced" mode also splits an over-long first word
// letter by letter), so a Chinese sentence either never wraps or splits before a "，". Here a line
// may break between any two CJK characters, Latin words stay whole, and closing punctuation never
// starts a line nor opening punctuation ends one (the basic kinsoku rules readers expect).
import type Phaser from 'phaser';

const CJK = /[\u2e80-\u2fff\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/u;
const NO_LINE_START = /^[，。！？、；：）」』】》〉…·—,.!?;:)\]}%’”]/u;
const NO_LINE_END = /[（「『【《〈([{‘“]$/u;

/** Splits a paragraph into break units: one per CJK character, one per Latin word, one per space. */
function units(paragraph: string): string[] {
  const out: string[] = [];
  let word = '';
  const flush = () => {
    if (word) out.push(word);
    word = '';
  };
  for (const ch of paragraph) {
    if (ch === ' ') {
      flush();
      out.push(' ');
    } else if (CJK.test(ch)) {
      flush();
      out.push(ch);
    } else {
      word += ch;
    }
  }
  flush();
  return out;
}

/** Breaks one unit that is wider than a whole line (a URL, a very long name) letter by letter. */
function splitLong(unit: string, maxWidth: number, measure: (s: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of unit) {
    if (piece && measure(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy line filling with the rules above; `measure` returns a string's width in pixels. */
export function wrapLines(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    const pushLine = () => {
      lines.push(line.trimEnd());
      line = '';
    };
    const queue = units(paragraph);
    while (queue.length > 0) {
      const unit = queue.shift() as string;
      if (line === '' && unit === ' ') continue;
      if (measure((line + unit).trimEnd()) <= maxWidth) {
        line += unit;
        continue;
      }
      // Closing punctuation hangs on the line it belongs to rather than starting the next one.
      if (line !== '' && NO_LINE_START.test(unit)) {
        line += unit;
        continue;
      }
      if (line === '') {
        const pieces = splitLong(unit, maxWidth, measure);
        line = pieces.pop() ?? '';
        for (const p of pieces) lines.push(p);
        continue;
      }
      // An opening bracket moves down with the text it opens.
      let carry = '';
      const trimmed = line.trimEnd();
      if (NO_LINE_END.test(trimmed) && trimmed.length > 1) {
        carry = trimmed.slice(-1);
        line = trimmed.slice(0, -1);
      }
      pushLine();
      line = carry;
      queue.unshift(unit);
    }
    pushLine();
  }
  return lines;
}

/**
 * The narrowest wrap width (at most `maxWidth`) that keeps the line count of `maxWidth` and never breaks a
 * word: narrowing below the widest word would split it letter by letter ("Goo d at dra wing").
 */
export function balancedWidth(value: string, maxWidth: number, measure: (s: string) => number): number {
  const lines = wrapLines(value, maxWidth, measure).length;
  const widestWord = Math.max(
    0,
    ...value
      .split('\n')
      .flatMap(units)
      .filter((u) => u !== ' ')
      .map(measure),
  );
  let lo = Math.max(maxWidth / Math.max(1, lines), Math.min(maxWidth, widestWord));
  let hi = maxWidth;
  if (lines > 1) {
    for (let i = 0; i < 12 && hi - lo > 4; i++) {
      const mid = (lo + hi) / 2;
      if (wrapLines(value, mid, measure).length > lines) lo = mid;
      else hi = mid;
    }
  }
  return Math.max(hi, Math.min(maxWidth, widestWord));
}

/** A Phaser Text style fragment that wraps at `width` with the rules above. */
export function cjkWrap(width: number): Phaser.Types.GameObjects.Text.TextWordWrap {
  return {
    width,
    callback: (text: string, textObject: Phaser.GameObjects.Text) =>
      wrapLines(text, width, (s) => textObject.context.measureText(s).width + s.length * textObject.letterSpacing),
  };
}

/**
 * Wraps a Phaser Text at no more than `maxWidth`, then narrows the wrap as far as it can without adding
 * a line, so a prompt breaks into even lines instead of leaving one lonely character on the last.
 */
export function setBalancedText(text: Phaser.GameObjects.Text, value: string, maxWidth: number): void {
  const measure = (s: string) => text.context.measureText(s).width + s.length * text.letterSpacing;
  text.setText(value);
  // Text measures with its own canvas context, which must carry the current font first.
  text.updateText();
  const wrap = cjkWrap(Math.ceil(balancedWidth(value, maxWidth, measure))).callback;
  if (wrap) text.setWordWrapCallback(wrap);
  text.setText(value);
}

/**
 * Sets balanced text at the largest of `sizes` whose lines fit `maxWidth` × `maxHeight` without breaking a word
 * (a long name shrinks the words a little rather than being cut); the smallest size when none does.
 */
export function fitBalancedText(text: Phaser.GameObjects.Text, value: string, maxWidth: number, maxHeight: number, sizes: readonly number[]): void {
  for (const [i, size] of sizes.entries()) {
    text.setFontSize(size);
    text.setText(value);
    text.updateText();
    const measure = (s: string) => text.context.measureText(s).width + s.length * text.letterSpacing;
    const widestWord = Math.max(
      0,
      ...value
        .split('\n')
        .flatMap(units)
        .filter((u) => u !== ' ')
        .map(measure),
    );
    setBalancedText(text, value, maxWidth);
    if ((widestWord <= maxWidth && text.height <= maxHeight && text.width <= maxWidth + 1) || i === sizes.length - 1) return;
  }
}
