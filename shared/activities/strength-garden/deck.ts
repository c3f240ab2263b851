// The Strength Garden deck: positive strength cards only, each with a picture, en + zh-CN text and read-aloud.
import type { Language } from '../../session/roster';
import type { StrengthPicture } from './pictures';

export type GardenText = Record<Language, string>;

export interface StrengthCard<Id extends string = string> {
  id: Id;
  picture: StrengthPicture;
  /** The words on the card (short, fits under a flower). */
  text: GardenText;
  /** What read-aloud says, where it differs from the words on the card. */
  speak?: GardenText;
}

const card = <Id extends string>(id: Id, picture: StrengthPicture, en: string, zh: string, speak?: GardenText): StrengthCard<Id> =>
  speak ? { id, picture, text: { en, 'zh-CN': zh }, speak } : { id, picture, text: { en, 'zh-CN': zh } };

const say = (en: string, zh: string): GardenText => ({ en, 'zh-CN': zh });

/**
 * Only positive cards exist: there is nothing a child could give that hurts. The words describe the child
 * without "I" or "you", so the same card reads right when picked for oneself and when given to a friend.
 */
export const STRENGTH_CARDS = [
  card('kind', 'heart', 'Kind', '善良'),
  card('brave', 'lion', 'Brave', '勇敢'),
  card('good-at-drawing', 'crayon', 'Good at drawing', '会画画', say('Good at drawing', '很会画画')),
  card('good-at-sports', 'ball', 'Good at sports', '擅长运动'),
  card('helpful', 'helping-hands', 'Helpful', '乐于助人'),
  card('funny', 'laugh', 'Funny', '有趣', say('Funny — makes people laugh', '很有趣，能逗大家笑')),
  card('hard-working', 'mountain-flag', 'Hard-working', '努力', say('Works hard', '做事很努力')),
  card('good-listener', 'ear', 'Good listener', '会倾听', say('A good listener', '很会听别人说话')),
  card('friendly', 'waving-hand', 'Friendly', '友好'),
  card('honest', 'open-heart-bubble', 'Honest', '诚实'),
  card('patient', 'watering-can', 'Patient', '有耐心'),
  card('creative', 'lightbulb', 'Creative', '有创意', say('Creative — full of ideas', '有创意，点子多')),
  card('curious', 'magnifier', 'Curious', '爱探索', say('Curious — loves to find things out', '好奇，喜欢探索新东西')),
  card('good-at-music', 'music-note', 'Good at music', '擅长音乐'),
  card('good-at-singing', 'microphone', 'Good at singing', '唱歌好听'),
  card('good-at-dancing', 'dancing-shoes', 'Good at dancing', '会跳舞', say('Good at dancing', '很会跳舞')),
  card('loves-reading', 'open-book', 'Loves reading', '爱读书'),
  card('good-at-maths', 'abacus', 'Good at maths', '数学好', say('Good at maths', '数学很棒')),
  card('good-at-building', 'blocks', 'Good at building', '会搭建', say('Good at building and making things', '很会搭东西、做东西')),
  card('good-at-sharing', 'sharing', 'Good at sharing', '乐于分享'),
  card('caring', 'hug', 'Caring', '会关心人', say('Cares about others', '会关心别人')),
  card('cheerful', 'sun', 'Cheerful', '开朗'),
  card('polite', 'thank-you-flower', 'Polite', '有礼貌'),
  card('calm', 'calm-lake', 'Calm', '冷静', say('Calm — stays calm', '很冷静，遇事不慌')),
  card('problem-solver', 'puzzle', 'Good at solving problems', '会想办法'),
  card('encouraging', 'pompoms', 'Cheers others on', '会鼓励别人'),
  card('good-friend', 'two-friends', 'A good friend', '好朋友'),
  card('kind-to-animals', 'paw', 'Kind to animals', '爱护动物'),
  card('speaks-languages', 'speech-bubbles', 'Speaks more than one language', '会说不止一种语言'),
  card('keeps-promises', 'pinky-promise', 'Keeps promises', '说到做到'),
  card('makes-friends', 'handshake', 'Makes new friends', '会交新朋友'),
  card('helps-at-home', 'home-helper', 'Helps at home', '在家帮忙', say('Helps at home', '在家里会帮忙')),
  card('never-gives-up', 'sprout-rock', 'Never gives up', '不放弃', say('Never gives up', '从不轻易放弃')),
] as const;

export type StrengthCardId = (typeof STRENGTH_CARDS)[number]['id'];

/** Every card id: the intents' schema accepts these and nothing else. */
export const STRENGTH_CARD_IDS: readonly StrengthCardId[] = STRENGTH_CARDS.map((c) => c.id);

const BY_ID = new Map<string, StrengthCard<StrengthCardId>>(STRENGTH_CARDS.map((c) => [c.id, c]));

export function strengthCard(id: string): StrengthCard<StrengthCardId> | undefined {
  return BY_ID.get(id);
}

export function isStrengthCardId(id: unknown): id is StrengthCardId {
  return typeof id === 'string' && BY_ID.has(id);
}

/** A card as views carry it: read-aloud text always filled in, so pages never fall back themselves. */
export interface GardenCard {
  id: StrengthCardId;
  picture: StrengthPicture;
  text: GardenText;
  speak: GardenText;
}

export function gardenCard(id: StrengthCardId): GardenCard {
  const c = BY_ID.get(id)!;
  return { id: c.id, picture: c.picture, text: c.text, speak: c.speak ?? c.text };
}
