// Drawn pictures of Pass the Star: the glowing star, a gold tick, and the "say…" speech bubbles.
import { STAR } from '../../icons-reactions';
import { blob, face, INK, inkLine, svg100 } from '../../svg';

/** The star itself: the smiling star of the reactions, so children know it already. */
export const THE_STAR = STAR;

/** A small gold circle with a tick: "had the star already" (a good thing, never a cross). */
export const GOLD_TICK = svg100(
  blob('<circle cx="50" cy="50" r="40"/>', '#ffd36b', 9) +
    `<path d="M30 52l13 13 26-28" ${inkLine(18)}/><path d="M30 52l13 13 26-28" ${inkLine(9, '#fffdf8')}/>`,
);

const bubble = (inside: string, fill: string) =>
  svg100(blob('<path d="M14 14h72a8 8 0 0 1 8 8v46a8 8 0 0 1-8 8H44l-18 16 2-16H14a8 8 0 0 1-8-8V22a8 8 0 0 1 8-8z"/>', fill, 7) + inside);

/** A speech bubble with a smiling face: "say your name". */
export const SAY_NAME = bubble(blob('<circle cx="50" cy="45" r="19"/>', '#ffd7b0', 5) + face(50, 47, 13), '#fffdf8');

/** A speech bubble with a heart: "say one thing you like". */
export const SAY_LIKE = bubble(blob('<path d="M50 66C30 54 26 42 30 35c4-7 14-8 20 1c6-9 16-8 20-1c4 7 0 19-20 31z"/>', '#ff8fa3', 5), '#fffdf8');

/** An empty speech bubble, drawn beside the avatar of who threw the star: "say who threw it". */
export const SAY_WHO = bubble(`<path d="M32 45h36M32 58h22" ${inkLine(6, '#9fb7bd')}/>`, '#fffdf8');

/** Stars and sparkles swirling: the star is on its way. */
export const STAR_COMING = svg100(
  `<path d="M12 80q20-40 60-52" ${inkLine(5, '#ffd36b')}/>` +
    `<path d="M12 80q20-40 60-52" fill="none" stroke="${INK}" stroke-width="2" stroke-dasharray="2 10" stroke-linecap="round"/>` +
    `<g transform="translate(34 -2) scale(.62)">${STAR.replace(/^<svg[^>]*>|<\/svg>$/g, '')}</g>`,
);
