// Strength Garden pictures: one id per strength card, with what the pages should draw for it.
/**
 * The descriptions are for whoever draws the pictures (and for alt text); they are not shown to children.
 * Every picture is friendly and positive: no picture may show a child doing badly.
 */
export const STRENGTH_PICTURES = {
  heart: 'a warm red heart held gently in two cupped hands',
  lion: 'a smiling lion cub standing tall, chest out',
  crayon: 'a crayon drawing a rainbow line on paper',
  ball: 'a football and a skipping rope',
  'helping-hands': 'one hand helping another hand up',
  laugh: 'a laughing face with happy, squeezed-shut eyes',
  'mountain-flag': 'a small figure planting a flag on top of a hill',
  ear: 'a big friendly ear with little sound waves coming in',
  'waving-hand': 'a hand waving hello',
  'open-heart-bubble': 'a speech bubble with a small heart inside (telling the truth kindly)',
  'watering-can': 'a watering can slowly watering a little sprout',
  lightbulb: 'a glowing lightbulb with little sparkles',
  magnifier: 'a magnifying glass looking at a ladybird on a leaf',
  'music-note': 'two joined music notes',
  microphone: 'a microphone with little notes floating out',
  'dancing-shoes': 'a pair of dancing shoes with motion swirls',
  'open-book': 'an open book with stars rising from the pages',
  abacus: 'a colourful abacus next to 1 + 2 = 3',
  blocks: 'a tower of building blocks',
  sharing: 'two hands sharing a cookie broken in half',
  hug: 'two friends in a warm hug',
  sun: 'a smiling sun',
  'thank-you-flower': 'a hand offering a flower with a small bow (saying please and thank you)',
  'calm-lake': 'a calm lake with a leaf floating on still water',
  puzzle: 'two puzzle pieces clicking together',
  pompoms: 'cheering pom-poms with stars',
  'two-friends': 'two children side by side, arms around shoulders',
  paw: 'a paw print next to a small heart',
  'speech-bubbles': 'two speech bubbles, one with "Hi" and one with "你好"',
  'pinky-promise': 'two little fingers linked in a promise',
  handshake: 'two hands meeting in a friendly handshake, with a sparkle',
  'home-helper': 'a little house with a broom and a watering can by the door',
  'sprout-rock': 'a green sprout growing up through a crack in a rock',
} as const;

export type StrengthPicture = keyof typeof STRENGTH_PICTURES;
