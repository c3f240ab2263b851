// Small drawn UI icons of the tablet page: speaker, globe, eraser, go arrow, keypad, smile, choose-again.
import { blob, INK, svg100 } from './svg';

const line = `fill="none" stroke="${INK}" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"`;

export const SPEAKER = svg100(blob('<path d="M16 38h14l20-16v56L30 62H16z"/>', '#ffd36b', 8) + `<path d="M62 38q8 12 0 24M72 28q16 22 0 44" ${line}/>`);

export const GLOBE = svg100(
  `<circle cx="50" cy="50" r="36" fill="#9fd0f7" stroke="${INK}" stroke-width="6"/>` +
    `<path d="M50 14c-18 20-18 52 0 72M50 14c18 20 18 52 0 72M14 50h72M20 32h60M20 68h60" fill="none" stroke="${INK}" stroke-width="4.5" stroke-linecap="round"/>`,
);

/** An eraser rubbing out: the delete key, without any cross. */
export const ERASER = svg100(
  `<g transform="rotate(-35 50 50)">` +
    blob('<rect x="18" y="34" width="64" height="30" rx="8"/>', '#ffb3c7', 8) +
    `<rect x="18" y="34" width="24" height="30" rx="8" fill="#9fd0f7" stroke="${INK}" stroke-width="4"/>` +
    `</g>` +
    `<path d="M22 86h56" ${line} stroke-dasharray="2 12"/>`,
);

export const GO = svg100(
  `<path d="M20 50h54M52 26l24 24-24 24" fill="none" stroke="#fffdf8" stroke-width="12" stroke-linecap="round" stroke-linejoin="round"/>`,
);

export const KEYPAD = svg100(
  blob('<rect x="20" y="12" width="60" height="76" rx="12"/>', '#c3e6ff', 8) +
    [28, 46, 64].flatMap((y) => [36, 50, 64].map((x) => `<circle cx="${x}" cy="${y + 6}" r="5.5" fill="${INK}"/>`)).join(''),
);

export const SMILE = svg100(
  blob('<circle cx="50" cy="50" r="36"/>', '#ffe27a', 8) +
    `<circle cx="38" cy="42" r="5" fill="${INK}"/><circle cx="62" cy="42" r="5" fill="${INK}"/>` +
    `<path d="M34 58q16 16 32 0" ${line}/>` +
    `<circle cx="28" cy="56" r="5" fill="#ff8fa3" opacity=".7"/><circle cx="72" cy="56" r="5" fill="#ff8fa3" opacity=".7"/>`,
);

/** Four little pictures with a circling arrow: "choose again". */
export const CHOOSE_AGAIN = svg100(
  `<rect x="14" y="14" width="28" height="28" rx="9" fill="#ffb3c7" stroke="${INK}" stroke-width="5"/>` +
    `<rect x="58" y="14" width="28" height="28" rx="9" fill="#9fd0f7" stroke="${INK}" stroke-width="5"/>` +
    `<rect x="14" y="58" width="28" height="28" rx="9" fill="#c6ea7c" stroke="${INK}" stroke-width="5"/>` +
    `<rect x="58" y="58" width="28" height="28" rx="9" fill="#ffd36b" stroke="${INK}" stroke-width="5"/>`,
);

/** A magnifying glass: "look for yours". */
export const LOOK = svg100(
  `<path d="M62 62l22 22" fill="none" stroke="${INK}" stroke-width="12" stroke-linecap="round"/>` +
    `<circle cx="42" cy="42" r="26" fill="#e6f6ff" stroke="${INK}" stroke-width="7"/>` +
    `<path d="M30 34q6-10 16-10" fill="none" stroke="#fffdf8" stroke-width="6" stroke-linecap="round"/>`,
);
