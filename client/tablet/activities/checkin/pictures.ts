// Drawn pictures of the check-in: the question card, yes, "not today", back, skip, the chosen tick, thank-you.
import { blob, INK, inkLine, starPoints, svg100 } from '../../svg';

const sparkle = (x: number, y: number, s = 5) => `<path d="M${x} ${y - s}v${2 * s}M${x - s} ${y}h${2 * s}" ${inkLine(3.5)}/>`;

/** A clipboard with three little faces on it: "some questions about you". */
export const ASK = svg100(
  blob('<rect x="16" y="12" width="68" height="82" rx="10"/>', '#fffdf8', 7) +
    blob('<rect x="36" y="5" width="28" height="14" rx="5"/>', '#9fd0f7', 5) +
    [
      [33, '#b5dbf5', 'q3-3 5 0t5 0'],
      [55, '#fff0b3', 'q5 3 10 0'],
      [77, '#b6e07a', 'q5 6 10 0'],
    ]
      .map(
        ([y, fill, mouth]) =>
          `<circle cx="33" cy="${y}" r="10" fill="${fill}" stroke="${INK}" stroke-width="3.5"/>` +
          `<circle cx="29.5" cy="${Number(y) - 2.5}" r="1.8" fill="${INK}"/><circle cx="36.5" cy="${Number(y) - 2.5}" r="1.8" fill="${INK}"/>` +
          `<path d="M28 ${Number(y) + 3}${mouth}" ${inkLine(2.5)}/>` +
          `<path d="M51 ${y}h22" ${inkLine(4.5, '#c9b9a8')}/>`,
      )
      .join(''),
);

/** A sunny smiling face with a thumb up beside it: "yes!". */
export const YES = svg100(
  blob('<circle cx="42" cy="50" r="34"/>', '#ffd36b', 7) +
    `<circle cx="31" cy="44" r="4.5" fill="${INK}"/><circle cx="53" cy="44" r="4.5" fill="${INK}"/>` +
    `<path d="M26 58q16 18 32 0" ${inkLine(6)}/>` +
    `<circle cx="22" cy="58" r="5" fill="#ffb3c7" opacity=".8"/><circle cx="62" cy="58" r="5" fill="#ffb3c7" opacity=".8"/>` +
    `<g transform="translate(54 40) scale(.5)">` +
    blob(
      '<rect x="40" y="8" width="17" height="46" rx="8.5" transform="rotate(8 48 30)"/><rect x="30" y="40" width="50" height="48" rx="14"/>',
      '#ffd7b0',
      14,
    ) +
    `<rect x="12" y="42" width="18" height="48" rx="5" fill="#5fbf72" stroke="${INK}" stroke-width="9"/>` +
    `</g>` +
    sparkle(86, 14, 5),
);

/** A sleepy smiling moon among soft stars: "not today" — a calm, cosy picture, never a sad one. */
export const MOON = svg100(
  blob('<path d="M46 16A38 38 0 1 0 82.8 63.4A30 30 0 0 1 46 16z"/>', '#fff0b3', 7) +
    `<path d="M24 57q5 5 11 1" ${inkLine(4)}/>` +
    `<path d="M32 73q6 5 12 0" ${inkLine(4)}/>` +
    `<circle cx="21" cy="67" r="4.5" fill="#ffb3c7" opacity=".8"/>` +
    `<polygon points="${starPoints(72, 20, 10, 4.4)}" fill="#ffd36b" stroke="${INK}" stroke-width="3" stroke-linejoin="round"/>` +
    `<polygon points="${starPoints(88, 40, 6.5, 2.8)}" fill="#ffd36b" stroke="${INK}" stroke-width="2.5" stroke-linejoin="round"/>` +
    `<path d="M58 44h9l-9 9h9M70 56h6l-6 6h6" ${inkLine(3)}/>`,
);

/** A smiling heart with sparkles: "thank you for telling us". */
export const THANKS = svg100(
  blob('<path d="M50 90C12 66 6 42 14 28c8-14 28-16 36 2c8-18 28-16 36-2c8 14 2 38-36 62z"/>', '#ffc2d1', 8) +
    `<path d="M24 34q3-8 11-9" ${inkLine(5, '#fffdf8')}/>` +
    `<path d="M36 50q5-5 10 0M54 50q5-5 10 0" ${inkLine(4.5)}/>` +
    `<path d="M42 62q8 8 16 0" ${inkLine(4.5)}/>` +
    sparkle(10, 12, 5) +
    sparkle(90, 12, 5) +
    sparkle(92, 80, 4),
);

/** A round arrow pointing left: "back to the last question". */
export const BACK = svg100(blob('<circle cx="50" cy="50" r="38"/>', '#d6efeb', 7) + `<path d="M70 50H32M48 32L30 50l18 18" ${inkLine(10)}/>`);

/** An arrow hopping over a little stone: "skip this one". */
export const SKIP = svg100(
  `<ellipse cx="48" cy="78" rx="14" ry="9" fill="#d6e0ea" stroke="${INK}" stroke-width="5"/>` +
    `<path d="M14 72Q48 12 84 62" ${inkLine(7)}/>` +
    `<path d="M84.5 46L84 62L69 56" ${inkLine(7)}/>`,
);

/** A soft tick in a teal circle: the answer chosen earlier. */
export const TICK = svg100(blob('<circle cx="50" cy="50" r="40"/>', '#3fa59a', 8) + `<path d="M30 52l13 13 27-28" ${inkLine(12, '#fffdf8')}/>`);
