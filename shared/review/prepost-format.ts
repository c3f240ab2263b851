// Number formats of the pre/post results: p to 3 decimals ("< .001"), statistics to 2, true minus signs; per language.
import type { Language } from '../session/roster';

const DASH = '—';
const MINUS = '−';

/** English follows APA (no leading zero for values that cannot exceed 1, ".016"); Chinese reports write "0.016". */
function dropLeadingZero(text: string, lang: Language): string {
  return lang === 'en' ? text.replace(/^(−?)0\./, '$1.') : text;
}

function withMinus(text: string): string {
  return text.startsWith('-') ? MINUS + text.slice(1) : text;
}

/** Fixed decimals with a true minus sign; null → "—". A value that rounds to zero is shown without a sign. */
export function fmtNumber(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  const text = x.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : withMinus(text);
}

/** Up to `digits` decimals without trailing zeros (scores, rank sums): 15, 43.5, 0.88. */
export function fmtTrimmed(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  const text = String(Number(x.toFixed(digits)));
  return text === '0' || text === '-0' ? '0' : withMinus(text);
}

/** A change with its sign: +3, −1, 0 (decimals trimmed). */
export function fmtSigned(x: number | null | undefined, digits = 2): string {
  const text = fmtTrimmed(x, digits);
  return text === DASH || text === '0' || text.startsWith(MINUS) ? text : `+${text}`;
}

/** Signed with fixed decimals (RCI, z): +2.41, −0.60. */
export function fmtSignedFixed(x: number | null | undefined, digits = 2): string {
  const text = fmtNumber(x, digits);
  return text === DASH || text.startsWith(MINUS) || Number(text) === 0 ? text : `+${text}`;
}

/** A p-value to 3 decimals, "< .001" below that; "—" when there is none. */
export function fmtP(p: number | null | undefined, lang: Language): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return DASH;
  if (p < 0.001) return `< ${dropLeadingZero('0.001', lang)}`;
  return dropLeadingZero(p.toFixed(3), lang);
}

/** A small exact probability such as 2/2⁹ with up to 4 decimals (.0039, .0625, .5). */
export function fmtProbability(p: number, lang: Language): string {
  return dropLeadingZero(String(Number(p.toFixed(4))), lang);
}

/** A correlation-like value bounded by ±1 (rank-biserial r, reliability), 2 decimals, APA-style in English. */
export function fmtBounded(x: number | null | undefined, lang: Language, digits = 2): string {
  return dropLeadingZero(fmtNumber(x, digits), lang);
}

/** A p-value with its relation for a written report: "= .016" or "< .001". */
export function fmtPRelation(p: number | null | undefined, lang: Language): string {
  const text = fmtP(p, lang);
  return text.startsWith('<') || text === DASH ? text : `= ${text}`;
}
