// The /ca page's pictures (inline SVG, nothing to load): the trusting tablet, each kind of device, each step.
const svg = (w: number, h: number, body: string) =>
  `<svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" aria-hidden="true" focusable="false">${body}</svg>`;

/** A tablet and the laptop joined by a link, a green shield with a tick on the tablet. */
export const HERO = svg(
  220,
  130,
  `<rect x="6" y="30" width="112" height="72" rx="6" fill="#e8eef8" stroke="#3a4a6b" stroke-width="4"/>
   <rect x="0" y="102" width="124" height="10" rx="4" fill="#3a4a6b"/>
   <path d="M124 70 h26" stroke="#7a8aa8" stroke-width="5" stroke-dasharray="6 5" stroke-linecap="round"/>
   <rect x="152" y="18" width="64" height="100" rx="9" fill="#fff" stroke="#3a4a6b" stroke-width="4"/>
   <path d="M184 40 l18 7 v16 c0 14-8 22-18 27 c-10-5-18-13-18-27 v-16 z" fill="#2e9e5b"/>
   <path d="M175 64 l7 7 l12-14" fill="none" stroke="#fff" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>`,
);

const DEVICES: Record<'android' | 'ipad' | 'chromebook', string> = {
  android: svg(
    96,
    96,
    `<rect x="22" y="6" width="52" height="84" rx="8" fill="#eaf6ee" stroke="#2e7d4f" stroke-width="4"/>
     <path d="M34 44 a14 14 0 0 1 28 0 z" fill="#3ddc84"/><circle cx="42" cy="38" r="2" fill="#1b3d2a"/><circle cx="54" cy="38" r="2" fill="#1b3d2a"/>
     <path d="M38 30 l-4-6 M58 30 l4-6" stroke="#3ddc84" stroke-width="3" stroke-linecap="round"/>
     <rect x="34" y="46" width="28" height="18" rx="3" fill="#3ddc84"/>`,
  ),
  ipad: svg(
    96,
    96,
    `<rect x="14" y="8" width="68" height="82" rx="9" fill="#f1f1f4" stroke="#4a4a55" stroke-width="4"/>
     <rect x="21" y="16" width="54" height="60" rx="3" fill="#cfe0ff"/><circle cx="48" cy="83" r="3.5" fill="#4a4a55"/>`,
  ),
  chromebook: svg(
    96,
    96,
    `<rect x="16" y="18" width="64" height="44" rx="5" fill="#eef3fd" stroke="#3a4a6b" stroke-width="4"/>
     <path d="M8 68 h80 l-6 10 h-68 z" fill="#3a4a6b"/>
     <circle cx="48" cy="40" r="13" fill="#4285f4"/><circle cx="48" cy="40" r="6" fill="#fff"/><circle cx="48" cy="40" r="4" fill="#4285f4"/>`,
  ),
};

export const devicePicture = (device: keyof typeof DEVICES): string => DEVICES[device];

/** Step 1 fetch the file, step 2 the settings screen, step 3 the tick that turns trust on. */
const STEPS = [
  svg(
    44,
    44,
    `<circle cx="22" cy="22" r="20" fill="#2f6fd6"/><path d="M22 11 v16 M15 21 l7 7 l7-7 M13 33 h18" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  ),
  svg(
    44,
    44,
    `<circle cx="22" cy="22" r="20" fill="#7a5bd1"/><circle cx="22" cy="22" r="6.5" fill="none" stroke="#fff" stroke-width="3.5"/>
     <path d="M22 8 v5 M22 31 v5 M8 22 h5 M31 22 h5 M12 12 l3.5 3.5 M28.5 28.5 l3.5 3.5 M12 32 l3.5-3.5 M28.5 15.5 l3.5-3.5" stroke="#fff" stroke-width="3.5" stroke-linecap="round"/>`,
  ),
  svg(
    44,
    44,
    `<circle cx="22" cy="22" r="20" fill="#2e9e5b"/><path d="M13 23 l6 6 l12-13" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>`,
  ),
];

export const stepPicture = (i: number): string => STEPS[Math.min(i, STEPS.length - 1)]!;
