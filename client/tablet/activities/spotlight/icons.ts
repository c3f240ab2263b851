// Drawn pictures of the Spotlight buttons and moments: microphone, another card, not now, done, badge.
import { openHand } from '../../icons-reactions';
import { blob, face, INK, inkLine, SKIN, starPoints, svg100 } from '../../svg';

const sparkle = (x: number, y: number, s = 5) => `<path d="M${x} ${y - s}v${2 * s}M${x - s} ${y}h${2 * s}" ${inkLine(3.5)}/>`;

/** A microphone on a stand: "I'm ready to talk". */
export const MIC = svg100(
  `<path d="M28 44q0 24 22 24t22-24M50 68v14M36 86h28" ${inkLine(6)}/>` +
    blob('<rect x="36" y="8" width="28" height="50" rx="14"/>', '#b7a6f2', 7) +
    `<path d="M38 24h24M38 34h24M38 44h24" ${inkLine(3, '#8a76d6')}/>` +
    `<path d="M43 14q-3 4-3 8" ${inkLine(3.5, '#fffdf8')}/>` +
    sparkle(14, 20) +
    sparkle(86, 20),
);

/** Two cards with a turning arrow: "a different card". */
export const ANOTHER_CARD = svg100(
  `<g transform="rotate(-14 36 58)">${blob('<rect x="16" y="30" width="40" height="54" rx="7"/>', '#9fd0f7', 6)}</g>` +
    `<g transform="rotate(10 60 58)">${blob('<rect x="40" y="30" width="40" height="54" rx="7"/>', '#fffdf8', 6)}` +
    `<polygon points="${starPoints(60, 57, 12, 5)}" fill="#ffd36b" stroke="${INK}" stroke-width="3" stroke-linejoin="round"/></g>` +
    `<path d="M34 18q18-14 38 -2" ${inkLine(6)}/><path d="M62 8l11 8-12 6" ${inkLine(6)}/>`,
);

/** A hand waving bye-bye with a little heart: "not now, maybe later" (kind, never a cross). */
export const NOT_NOW = svg100(
  `<g transform="translate(8 6) scale(.82) rotate(-16 50 50)">${openHand(SKIN)}</g>` +
    `<path d="M12 30q-6 10 0 20M20 24q-7 12 0 26" ${inkLine(4.5)}/>` +
    `<path d="M82 28c-7-5-7-11-3-12s3 1 3 2c0-1 1-3 3-2s4 7-3 12z" fill="#ff8fa3" stroke="${INK}" stroke-width="3"/>`,
);

/** A big soft tick in a green circle with sparkles: "I'm done!". */
export const DONE = svg100(
  blob('<circle cx="50" cy="52" r="36"/>', '#a8e39a', 8) +
    `<path d="M32 52l13 13 24-26" ${inkLine(16)}/><path d="M32 52l13 13 24-26" ${inkLine(8, '#fffdf8')}/>` +
    sparkle(12, 14) +
    sparkle(90, 14, 4) +
    sparkle(90, 88, 4),
);

/** Three happy faces turned to the speaker, with sound coming their way: "everyone is listening". */
export const LISTENING = svg100(
  `<path d="M38 18q12-10 24 0M30 10q20-16 40 0" ${inkLine(4.5)}/>` +
    [
      [22, 62, '#ffd7b0', '#5b4032'],
      [50, 56, '#f2c29b', '#3b2a24'],
      [78, 62, '#ffd7b0', '#7a5240'],
    ]
      .map(
        ([x, y, skin, hair]) =>
          blob(`<circle cx="${x}" cy="${y}" r="17"/>`, String(skin), 6) +
          `<path d="M${Number(x) - 17} ${Number(y) - 2}c0-14 8-17 17-17s17 3 17 17c-6-6-12-7-17-7s-11 1-17 7z" fill="${hair}" stroke="${INK}" stroke-width="3" stroke-linejoin="round"/>` +
          face(Number(x), Number(y) + 3, 12),
      )
      .join(''),
);

/** A lamp shining on an empty round stage with a sparkle: "who's next?". */
export const WHO_NEXT = svg100(
  `<path d="M24 20L8 80h76z" fill="#fff3cc"/>` +
    `<ellipse cx="46" cy="82" rx="40" ry="11" fill="#ffb3c7" stroke="${INK}" stroke-width="6"/>` +
    `<g transform="rotate(-28 24 16)">${blob('<rect x="14" y="6" width="22" height="20" rx="5"/>', '#5b6770', 6)}</g>` +
    `<path d="M30 8L42 2" ${inkLine(4)}/>` +
    `<polygon points="${starPoints(50, 60, 13, 5.5)}" fill="#ffd36b" stroke="${INK}" stroke-width="3.5" stroke-linejoin="round"/>` +
    sparkle(80, 34) +
    sparkle(70, 16, 3.5),
);

/** The brave badge: a gold medal with a heart-star, on two ribbons. */
export const BADGE = svg100(
  blob('<path d="M30 6h16l10 34H40z"/>', '#9fd0f7', 6) +
    blob('<path d="M70 6H54L44 40h16z"/>', '#ff8fa3', 6) +
    blob('<circle cx="50" cy="62" r="30"/>', '#ffd36b', 7) +
    `<circle cx="50" cy="62" r="21" fill="none" stroke="#e8a92a" stroke-width="4"/>` +
    `<polygon points="${starPoints(50, 63, 15, 6.5)}" fill="#fff3cc" stroke="${INK}" stroke-width="3.5" stroke-linejoin="round"/>` +
    sparkle(14, 62) +
    sparkle(86, 62) +
    sparkle(84, 92, 3.5),
);
