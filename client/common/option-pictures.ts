// Drawn pictures of check-in answer options (faces and thumbs), told apart by shape AND colour, never red or alarming.
import type { OptionPicture } from '../../shared/instruments/schema';

/** The warm outline colour of the avatar set, so the pictures look like the rest of the product. */
const INK = '#3b2a24';
const SKIN = '#ffd7b0';
const BLUSH = '<circle cx="25" cy="62" r="6" fill="#ffb3c7" opacity=".7"/><circle cx="75" cy="62" r="6" fill="#ffb3c7" opacity=".7"/>';

const line = (w: number, colour = INK) => `fill="none" stroke="${colour}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"`;

/** The main colour of each picture: a child who cannot read the label can still point at "the green one". */
export const OPTION_PICTURE_COLOURS: Record<OptionPicture, string> = {
  'face-beaming': '#b6e07a',
  'face-smiling': '#ffcf5c',
  'face-calm': '#fff0b3',
  'face-unsure': '#b5dbf5',
  'face-sad': '#cdc3f0',
  'thumbs-up-two': '#a6dea0',
  'thumbs-up': '#cdeec3',
  'thumbs-down': '#d6e0ea',
  'thumbs-down-two': '#b3c4d6',
};

function faceDisc(fill: string): string {
  return `<circle cx="50" cy="50" r="42" fill="${fill}" stroke="${INK}" stroke-width="6"/>`;
}

const dotEyes = (y: number, r = 5.5) => `<circle cx="36" cy="${y}" r="${r}" fill="${INK}"/><circle cx="64" cy="${y}" r="${r}" fill="${INK}"/>`;
const shine = '<path d="M22 36q4-12 16-17" fill="none" stroke="#fffdf8" stroke-width="5" stroke-linecap="round" opacity=".8"/>';

/** Laughing eyes (^ ^), a wide open smile with a tongue, rosy cheeks: "yes, a lot!". */
const BEAMING =
  faceDisc(OPTION_PICTURE_COLOURS['face-beaming']) +
  shine +
  `<path d="M27 44q9-12 18 0M55 44q9-12 18 0" ${line(5.5)}/>` +
  `<path d="M26 56h48q0 28-24 28t-24-28z" fill="#7a4535" stroke="${INK}" stroke-width="5" stroke-linejoin="round"/>` +
  '<path d="M36 76q14-10 28 0q-4 6-14 6t-14-6z" fill="#ffa3b5"/>' +
  '<path d="M30 58h40v4q-20 5-40 0z" fill="#fffdf8"/>' +
  '<circle cx="18" cy="56" r="5.5" fill="#ffb3c7" opacity=".8"/><circle cx="82" cy="56" r="5.5" fill="#ffb3c7" opacity=".8"/>';

/** Round eyes and a wide closed smile: "mostly". */
const SMILING = faceDisc(OPTION_PICTURE_COLOURS['face-smiling']) + shine + dotEyes(42) + `<path d="M30 58q20 22 40 0" ${line(6)}/>` + BLUSH;

/** Soft eyes and a small gentle smile: "a little". */
const CALM = faceDisc(OPTION_PICTURE_COLOURS['face-calm']) + shine + dotEyes(44, 5) + `<path d="M38 64q12 7 24 0" ${line(5.5)}/>`;

/** One brow up and a wavy mouth: "not really". */
const UNSURE =
  faceDisc(OPTION_PICTURE_COLOURS['face-unsure']) +
  shine +
  dotEyes(46, 5) +
  `<path d="M27 33q8-6 16-3M57 34q8-2 16 2" ${line(4.5)}/>` +
  `<path d="M30 68q5-6 10 0t10 0t10 0t10 0" ${line(5.5)}/>`;

/** Eyes looking down, soft slanted brows and a gentle frown (no tears): "not at all". */
const SAD =
  faceDisc(OPTION_PICTURE_COLOURS['face-sad']) +
  shine +
  `<path d="M28 36q7-1 12-5M72 36q-7-1-12-5" ${line(4.5)}/>` +
  dotEyes(48, 5) +
  `<path d="M36 72q14-11 28 0" ${line(5.5)}/>`;

/**
 * A fist with the thumb up in a 100×100 box (cuff on the left), drawn as one outlined blob: a thick
 * ink copy underneath, the filled copy on top, so the thumb and the fist merge into one hand.
 */
function thumbHand(cuff: string): string {
  const shapes = '<rect x="40" y="8" width="17" height="46" rx="8.5" transform="rotate(8 48 30)"/>' + '<rect x="30" y="40" width="50" height="48" rx="14"/>';
  return (
    `<g fill="${INK}" stroke="${INK}" stroke-width="8" stroke-linejoin="round">${shapes}</g>` +
    `<g fill="${SKIN}">${shapes}</g>` +
    `<rect x="12" y="42" width="18" height="48" rx="5" fill="${cuff}" stroke="${INK}" stroke-width="5"/>` +
    `<path d="M60 54h18M60 66h18M60 78h16" ${line(4.5)}/>`
  );
}

/** A soft round card behind the thumbs, green-ish for "agree", grey-blue for "disagree". */
const card = (fill: string) => `<circle cx="50" cy="50" r="47" fill="${fill}"/>`;
const sparkle = (x: number, y: number, s: number) => `<path d="M${x} ${y - s}v${2 * s}M${x - s} ${y}h${2 * s}" ${line(3.5)}/>`;

const UP_CUFF = '#5fbf72';
const DOWN_CUFF = '#7d93ab';

/** A single hand, big and centred. */
const one = (cuff: string, down: boolean) => `<g transform="${down ? 'rotate(180 50 50) ' : ''}translate(9 9) scale(.82)">${thumbHand(cuff)}</g>`;

/** Two hands side by side (the right one mirrored, like a pair of hands). */
const two = (cuff: string, down: boolean) =>
  `<g transform="${down ? 'rotate(180 50 50) ' : ''}translate(-3 20) scale(.6)">${thumbHand(cuff)}</g>` +
  `<g transform="${down ? 'rotate(180 50 50) ' : ''}translate(103 20) scale(-.6 .6)">${thumbHand(cuff)}</g>`;

const BODIES: Record<OptionPicture, string> = {
  'face-beaming': BEAMING,
  'face-smiling': SMILING,
  'face-calm': CALM,
  'face-unsure': UNSURE,
  'face-sad': SAD,
  'thumbs-up-two': card(OPTION_PICTURE_COLOURS['thumbs-up-two']) + two(UP_CUFF, false) + sparkle(50, 12, 5) + sparkle(14, 18, 4) + sparkle(86, 18, 4),
  'thumbs-up': card(OPTION_PICTURE_COLOURS['thumbs-up']) + one(UP_CUFF, false),
  'thumbs-down': card(OPTION_PICTURE_COLOURS['thumbs-down']) + one(DOWN_CUFF, true),
  'thumbs-down-two': card(OPTION_PICTURE_COLOURS['thumbs-down-two']) + two(DOWN_CUFF, true),
};

/** The picture as svg markup (constant, never built from data), e.g. for a console table or a printed report. */
export function optionPictureMarkup(picture: OptionPicture): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${BODIES[picture]}</svg>`;
}

/** The picture as an <svg> element of `size` px (CSS may resize it), hidden from screen readers: the label says it. */
export function optionPictureSvg(picture: OptionPicture, size: number, className = 'option-picture'): SVGSVGElement {
  const tpl = document.createElement('template');
  tpl.innerHTML = optionPictureMarkup(picture);
  const svg = tpl.content.firstElementChild as SVGSVGElement;
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.dataset['picture'] = picture;
  return svg;
}
