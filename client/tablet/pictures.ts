// Larger drawn pictures: the big screen to check, an hourglass, eyes, the leader, a thank-you sun, a break.
import { blob, INK, SKIN, starPoints, svg100 } from './svg';

const ink = (w: number) => `fill="none" stroke="${INK}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"`;

/** The shared screen on a stand with four number boxes, and a magnifying glass: "check the number". */
export const CHECK_SCREEN = svg100(
  `<path d="M50 70v14M34 88h32" ${ink(6)}/>` +
    blob('<rect x="6" y="16" width="80" height="56" rx="8"/>', '#2f4b63', 7) +
    [16, 34, 52, 70]
      .map((x, i) => `<rect x="${x - 2}" y="34" width="14" height="20" rx="3" fill="${['#ffd36b', '#9fd0f7', '#ffb3c7', '#c6ea7c'][i]}"/>`)
      .join('') +
    `<path d="M80 78l12 12" fill="none" stroke="${INK}" stroke-width="9" stroke-linecap="round"/>` +
    `<circle cx="70" cy="66" r="15" fill="#e6f6ff" fill-opacity=".85" stroke="${INK}" stroke-width="6"/>`,
);

/** The shared screen showing a number, with a finger tapping: "type the number from the big screen". */
export const BIG_SCREEN = svg100(
  `<path d="M50 66v12M34 82h32" ${ink(6)}/>` +
    blob('<rect x="6" y="10" width="88" height="56" rx="8"/>', '#2f4b63', 7) +
    [18, 36, 54, 72]
      .map((x, i) => `<rect x="${x - 2}" y="26" width="14" height="22" rx="3" fill="${['#ffd36b', '#9fd0f7', '#ffb3c7', '#c6ea7c'][i]}"/>`)
      .join('') +
    `<g transform="translate(54 52) rotate(-20)">` +
    blob('<rect x="8" y="0" width="11" height="30" rx="5.5"/><rect x="2" y="20" width="30" height="24" rx="10"/>', SKIN, 6) +
    `</g>`,
);

/** A calm hourglass with sand: "let's wait a minute". */
export const HOURGLASS = svg100(
  blob('<path d="M26 14h48c0 22-18 28-18 36s18 14 18 36H26c0-22 18-28 18-36S26 36 26 14z"/>', '#e6f6ff', 7) +
    `<path d="M34 24h32c-4 10-12 14-16 18c-4-4-12-8-16-18zM30 82c4-12 14-16 20-16s16 4 20 16z" fill="#ffd36b"/>` +
    `<path d="M20 12h60M20 88h60" ${ink(8)}/>`,
);

/** A little cloud resting: "let's try again in a moment". */
export const CLOUD = svg100(
  blob(
    '<circle cx="34" cy="56" r="18"/><circle cx="54" cy="44" r="22"/><circle cx="72" cy="58" r="16"/><rect x="20" y="56" width="64" height="20" rx="10"/>',
    '#f3f8ff',
    7,
  ) + `<path d="M42 56q4-4 8 0M58 56q4-4 8 0" ${ink(4)}/><path d="M48 66q5 4 10 0" ${ink(4)}/>`,
);

/** Two big friendly eyes with a smile, for the "eyes on your group leader" pause. */
export const EYES = svg100(
  `<ellipse cx="32" cy="42" rx="18" ry="22" fill="#fffdf8" stroke="${INK}" stroke-width="5"/>` +
    `<ellipse cx="68" cy="42" rx="18" ry="22" fill="#fffdf8" stroke="${INK}" stroke-width="5"/>` +
    `<circle cx="38" cy="44" r="10" fill="#4d68b0"/><circle cx="74" cy="44" r="10" fill="#4d68b0"/>` +
    `<circle cx="38" cy="44" r="5" fill="${INK}"/><circle cx="74" cy="44" r="5" fill="${INK}"/>` +
    `<circle cx="41" cy="40" r="3" fill="#fffdf8"/><circle cx="77" cy="40" r="3" fill="#fffdf8"/>` +
    `<path d="M18 16q8-6 18-4M64 12q10-2 18 4" ${ink(5)}/>` +
    `<path d="M36 78q14 12 28 0" ${ink(5)}/>` +
    `<circle cx="16" cy="70" r="6" fill="#ff8fa3" opacity=".6"/><circle cx="84" cy="70" r="6" fill="#ff8fa3" opacity=".6"/>`,
);

/** The group leader: a grown-up with a friendly wave. */
export const LEADER = svg100(
  blob('<g transform="rotate(8 76 74)"><rect x="70" y="24" width="12" height="52" rx="6"/><circle cx="76" cy="22" r="9"/></g>', SKIN, 7) +
    blob('<path d="M16 98c0-26 14-40 34-40s34 14 34 40z"/>', '#8fd3b6', 7) +
    blob('<circle cx="50" cy="38" r="20"/>', SKIN, 7) +
    `<path d="M30 34c2-16 12-20 20-20s18 4 20 20c-8-6-14-8-20-8s-14 2-20 8z" fill="#7a5240" stroke="${INK}" stroke-width="4" stroke-linejoin="round"/>` +
    `<circle cx="43" cy="40" r="3" fill="${INK}"/><circle cx="57" cy="40" r="3" fill="${INK}"/>` +
    `<path d="M43 48q7 6 14 0" ${ink(3.5)}/>`,
);

/** A smiling sun over a rainbow with a heart: "thank you, see you next time". */
export const THANK_YOU = svg100(
  [
    [40, '#ff9f8e'],
    [32, '#ffd36b'],
    [24, '#a8e39a'],
    [16, '#9fd0f7'],
  ]
    .map(([r, c]) => `<path d="M${50 - Number(r)} 96a${r} ${r} 0 0 1 ${2 * Number(r)} 0" fill="none" stroke="${c}" stroke-width="8"/>`)
    .join('') +
    [0, 45, 90, 135, 180, 225, 270, 315].map((a) => `<path d="M50 6v-4" transform="rotate(${a} 50 26)" ${ink(4)}/>`).join('') +
    blob('<circle cx="50" cy="26" r="14"/>', '#ffe27a', 6) +
    `<circle cx="45" cy="24" r="2.2" fill="${INK}"/><circle cx="55" cy="24" r="2.2" fill="${INK}"/>` +
    `<path d="M44 30q6 5 12 0" ${ink(3)}/>`,
);

/** Stars and hearts bursting: "lots of cheering!". */
export const CHEER = svg100(
  blob(`<polygon points="${starPoints(30, 36, 22, 10)}"/>`, '#ffd36b', 6) +
    blob(`<polygon points="${starPoints(74, 62, 18, 8)}"/>`, '#b7a6f2', 6) +
    blob('<path d="M44 90C26 78 22 68 26 62c4-6 13-7 18 1c5-8 14-7 18-1c4 6 0 16-18 28z"/>', '#ff8fa3', 6) +
    `<path d="M70 16v10M65 21h10M14 76v8M10 80h8" ${ink(4)}/>`,
);

/** A soft round pause sign with a sleepy "zz": "a little break". */
export const BREAK = svg100(
  blob('<circle cx="50" cy="50" r="40"/>', '#d6efeb', 8) +
    blob('<rect x="33" y="28" width="12" height="34" rx="6"/><rect x="55" y="28" width="12" height="34" rx="6"/>', '#3fa59a', 5) +
    `<path d="M80 14h10l-10 10h10M70 4h7l-7 7h7" ${ink(3)}/>`,
);
