// Drawn pictures of the Build Together tablet: a helping hand, "pass", building blocks, a sparkle, "your turn".
import { blob, INK, inkLine, starPoints, svg100 } from '../../svg';

/** A raised open hand: "I'd like some help" (and, on a friend's card, "I'll help"). */
export const HELP_HAND = svg100(
  blob(
    '<rect x="30" y="44" width="44" height="40" rx="16"/>' +
      '<rect x="31" y="20" width="10" height="36" rx="5"/><rect x="43" y="12" width="10" height="42" rx="5"/>' +
      '<rect x="55" y="14" width="10" height="40" rx="5"/><rect x="66" y="24" width="10" height="34" rx="5"/>' +
      '<rect x="14" y="46" width="26" height="11" rx="5.5" transform="rotate(40 27 51)"/>',
    '#ffd7b0',
    7,
  ) + `<path d="M82 14l6-6M86 26h8M74 8V0" ${inkLine(4, '#f2a93b')}/>`,
);

/** A soft curved arrow round to the next friend: "pass", never a cross. */
export const PASS = svg100(
  blob('<circle cx="50" cy="50" r="40"/>', '#d6efeb', 6) +
    `<path d="M28 58q6-28 36-22" ${inkLine(8)}/><path d="M56 24l12 12-14 8" ${inkLine(8)}/>` +
    `<circle cx="34" cy="72" r="5" fill="${INK}"/>`,
);

/** Three stacked blocks: building together. */
export const BLOCKS = svg100(
  blob('<rect x="14" y="56" width="34" height="30" rx="5"/>', '#E69F00', 6) +
    blob('<rect x="52" y="56" width="34" height="30" rx="5"/>', '#56B4E9', 6) +
    blob('<rect x="33" y="22" width="34" height="30" rx="5"/>', '#D55E00', 6) +
    `<path d="M22 64h18M60 64h18M41 30h18" ${inkLine(4, '#ffffff')}/>`,
);

/** Twinkling stars: done, and lovely. */
export const SPARKLE = svg100(
  blob(`<polygon points="${starPoints(40, 46, 30, 13)}"/>`, '#ffd36b', 6) +
    blob(`<polygon points="${starPoints(80, 22, 13, 6)}"/>`, '#ffb3c7', 4) +
    blob(`<polygon points="${starPoints(78, 78, 11, 5)}"/>`, '#b7a6f2', 4),
);

/** A pointing finger: "tap here". */
export const TAP = svg100(
  blob(
    '<rect x="40" y="10" width="16" height="50" rx="8"/><rect x="32" y="46" width="46" height="40" rx="16"/>' +
      '<rect x="54" y="40" width="12" height="22" rx="6"/><rect x="66" y="44" width="12" height="22" rx="6"/>',
    '#ffd7b0',
    7,
  ) + `<path d="M24 16l-8-4M22 30h-9M28 4l-4-6" ${inkLine(4, '#f2a93b')}/>`,
);
