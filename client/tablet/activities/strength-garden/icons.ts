// Drawn pictures of the Strength Garden tablet: a sprout for an empty slot, "put back", "another friend", sparkles, a given heart.
import { blob, INK, inkLine, starPoints, svg100 } from '../../svg';

/** A little sprout in a mound of soil: a space waiting for a strength. */
export const SPROUT = svg100(
  blob('<path d="M18 84q32-26 64 0z"/>', '#e2c29b', 6) +
    `<path d="M50 76V46" ${inkLine(6, '#5fae6e')}/>` +
    blob('<path d="M50 52C36 52 28 44 28 34c12 0 22 6 22 18z"/>', '#a8e39a', 5) +
    blob('<path d="M50 46c12 0 20-8 20-18c-12 0-20 6-20 18z"/>', '#c6ea7c', 5),
);

/** A curved arrow going back down to the deck: "put it back". */
export const PUT_BACK = svg100(
  blob('<circle cx="50" cy="50" r="42"/>', '#fffdf8', 6) + `<path d="M68 34a22 22 0 1 1-26-8" ${inkLine(8)}/>` + `<path d="M44 14l-4 14 14 2" ${inkLine(8)}/>`,
);

/** Two small friendly faces with an arrow between: "choose another friend". */
export const OTHER_FRIEND = svg100(
  blob('<circle cx="28" cy="54" r="20"/>', '#ffb3c7', 6) +
    blob('<circle cx="72" cy="54" r="20"/>', '#9fd0f7', 6) +
    [28, 72]
      .map(
        (x) =>
          `<circle cx="${x - 7}" cy="50" r="3" fill="${INK}"/><circle cx="${x + 7}" cy="50" r="3" fill="${INK}"/><path d="M${x - 7} 60q7 6 14 0" ${inkLine(3.5)}/>`,
      )
      .join('') +
    `<path d="M36 18q14-12 28 0" ${inkLine(5)}/><path d="M58 10l6 8-9 4" ${inkLine(5)}/>`,
);

/** Twinkling stars around the top of a friend the group leader wants everyone to notice (never over the name). */
export const SPARKLES = svg100(
  blob(`<polygon points="${starPoints(14, 16, 12, 5.5)}"/>`, '#ffd36b', 4) +
    blob(`<polygon points="${starPoints(86, 14, 10, 4.5)}"/>`, '#ffb3c7', 4) +
    blob(`<polygon points="${starPoints(95, 46, 7, 3.2)}"/>`, '#b7a6f2', 3) +
    blob(`<polygon points="${starPoints(5, 48, 6, 2.8)}"/>`, '#9fd0f7', 3) +
    blob(`<polygon points="${starPoints(50, 2, 6, 2.8)}"/>`, '#ffd36b', 3),
);

/** A small heart with a tick: "you gave this one already" (a good thing, never a cross). */
export const GIVEN_HEART = svg100(
  blob('<path d="M50 88C22 70 10 52 18 36c7-14 24-14 32 0c8-14 25-14 32 0c8 16-4 34-32 52z"/>', '#ff9fc0', 6) +
    `<path d="M34 50l11 11 22-22" ${inkLine(10)}/><path d="M34 50l11 11 22-22" ${inkLine(5, '#fffdf8')}/>`,
);

/** A smiling sun for the sky over "my garden". */
export const SUN = svg100(
  Array.from({ length: 10 }, (_, i) => {
    const a = (i * Math.PI) / 5;
    const p = (r: number) => `${(50 + Math.cos(a) * r).toFixed(1)} ${(50 + Math.sin(a) * r).toFixed(1)}`;
    return `<path d="M${p(34)}L${p(45)}" ${inkLine(6, '#f2a93b')}/>`;
  }).join('') +
    blob('<circle cx="50" cy="50" r="26"/>', '#ffd36b', 6) +
    `<circle cx="42" cy="47" r="3" fill="${INK}"/><circle cx="58" cy="47" r="3" fill="${INK}"/><path d="M41 57q9 8 18 0" ${inkLine(4)}/>`,
);

/** A soft white cloud. */
export const CLOUD = svg100(blob('<path d="M20 70a14 14 0 0 1 4-27a18 18 0 0 1 33-8a15 15 0 0 1 25 12a12 12 0 0 1-2 23z"/>', '#ffffff', 4));
