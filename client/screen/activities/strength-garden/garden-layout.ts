// Where flowers stand in a bed: standing rows while words stay big, rows of chips when the bed is very full.
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Label sizes on the 1920 design: standing flowers' words never go below FONT_STAND; a very full bed may go to FONT_FLOOR. */
const FONT_MAX = 30;
const FONT_STAND = 21;
export const FONT_FLOOR = 14;
/** A standing head smaller than this hides its picture: the bed switches to rows of chips instead. */
const HEAD_STAND = 54;

export interface FlowerSpot {
  /** 'stand': a flower standing in the soil, its word on a tag under the head. 'chip': head and word side by side. */
  mode: 'stand' | 'chip';
  /** Bed coordinates: for 'stand' the foot of the stem (x centre, y ground); for 'chip' the left end, centred vertically. */
  x: number;
  y: number;
  /** Head diameter. */
  head: number;
  /** The width the flower may use (its tag included). */
  labelW: number;
  /** The label's starting font size (the flower may go smaller to fit its words). */
  font: number;
  /** 'stand': room from the top of the head to the ground; 'chip': the row's height. */
  height: number;
}

function grid(k: number, cols: number): { row: number; col: number; inRow: number; rows: number }[] {
  const rows = Math.ceil(k / cols);
  return Array.from({ length: k }, (_, i) => {
    const row = Math.floor(i / cols);
    return { row, col: i - row * cols, inRow: row === rows - 1 ? k - row * cols : cols, rows };
  });
}

/**
 * Where k flowers go inside `area` (bed coordinates). Standing flowers in one to three rows while heads and
 * words stay big (a slot must be wide enough for the longest word, `wordEm` font sizes, and tall enough for
 * two lines of words under the head); a very full bed turns into rows of chips, head beside word, in
 * `chipArea` (chips need no soil: they may use it too), so words stay whole and nothing overlaps.
 * Heads never grow past `maxHead`.
 */
export function flowerSpots(k: number, area: Rect, maxHead: number, wordEm = 5.4, chipArea: Rect = area): FlowerSpot[] {
  if (k <= 0) return [];
  let stand = { rows: 0, head: 0, font: 0, score: -Infinity };
  for (let rows = 1; rows <= 3; rows++) {
    const cols = Math.ceil(k / rows);
    const slotW = area.w / cols;
    const slotH = area.h / rows;
    const font = Math.min(FONT_MAX, (slotW - 16) / wordEm, slotH / 5.5);
    const head = Math.min(maxHead, slotW * 0.8, slotH - font * 2.7 - 14);
    if (font < FONT_STAND || head < HEAD_STAND) continue;
    const score = head + font * 2.4;
    if (score > stand.score + 1) stand = { rows, head, font: Math.round(font), score };
  }
  if (stand.rows > 0) {
    const cols = Math.ceil(k / stand.rows);
    const slotW = area.w / cols;
    const slotH = area.h / stand.rows;
    return grid(k, cols).map(({ row, col, inRow }) => ({
      mode: 'stand',
      x: area.x + (area.w - inRow * slotW) / 2 + (col + 0.5) * slotW,
      y: area.y + (row + 1) * slotH,
      head: stand.head,
      labelW: slotW - 6,
      font: stand.font,
      height: slotH,
    }));
  }
  // Chips: choose the column count that gives the largest words (two lines beside a head).
  let chip = { cols: 1, head: 0, font: 0 };
  for (let cols = 1; cols <= 4; cols++) {
    const rows = Math.ceil(k / cols);
    const cw = chipArea.w / cols;
    const ch = chipArea.h / rows;
    const head = Math.min(maxHead, ch - 4, cw * 0.3);
    const font = Math.min(FONT_MAX, (ch - 6) / 2.5, (cw - head - 30) / 8);
    if (font > chip.font + 0.5) chip = { cols, head, font };
  }
  const cw = chipArea.w / chip.cols;
  const rows = Math.ceil(k / chip.cols);
  const ch = chipArea.h / rows;
  return grid(k, chip.cols).map(({ row, col }) => ({
    mode: 'chip',
    x: chipArea.x + col * cw + 4,
    y: chipArea.y + (row + 0.5) * ch,
    head: Math.max(20, chip.head),
    labelW: cw - 8,
    font: Math.max(FONT_FLOOR, Math.round(chip.font)),
    height: ch,
  }));
}

const CJK = /[\u3400-\u9fff]/u;

/**
 * How wide (in font sizes) a flower's label must be for its longest unbreakable piece: a Latin word
 * (about 0.6 em a letter; a hyphenated word may break after the hyphen), or four Chinese characters
 * (Chinese may break anywhere, but a line of two or three characters reads badly).
 */
export function wordEm(labels: readonly string[]): number {
  let em = 3;
  for (const label of labels) {
    if (CJK.test(label)) {
      em = Math.max(em, Math.min([...label].length, 4) * 1.02);
      continue;
    }
    for (const word of label.split(/[\s-]+/)) em = Math.max(em, word.length * 0.6);
  }
  return em;
}
