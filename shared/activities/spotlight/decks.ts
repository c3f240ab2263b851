// Spotlight prompt decks (themed cards in English and zh-CN); each card has a picture the pages draw.
import type { Language } from '../../session/roster';

export const CARD_PICTURES = [
  'star',
  'hands',
  'ball',
  'music',
  'book',
  'paint',
  'food',
  'home',
  'park',
  'bus',
  'school',
  'shop',
  'tree',
  'family',
  'friend',
  'teacher',
  'heart',
  'sun',
] as const;
export type CardPicture = (typeof CARD_PICTURES)[number];

export interface PromptCard {
  id: string;
  picture: CardPicture;
  text: Record<Language, string>;
}

export interface Deck {
  id: DeckId;
  name: Record<Language, string>;
  cards: readonly PromptCard[];
}

export const DECK_IDS = ['good-at', 'new-city', 'who-helps'] as const;
export type DeckId = (typeof DECK_IDS)[number];

const card = (id: string, picture: CardPicture, en: string, zh: string): PromptCard => ({ id, picture, text: { en, 'zh-CN': zh } });

export const DECKS: Record<DeckId, Deck> = {
  'good-at': {
    id: 'good-at',
    name: { en: 'Things I am good at', 'zh-CN': '我擅长的事' },
    cards: [
      card('good-at-1', 'star', 'Something I am good at', '一件我擅长的事'),
      card('good-at-2', 'hands', 'Something I can do with my hands', '一件我会用手做的事'),
      card('good-at-3', 'ball', 'A game I like to play', '一个我喜欢玩的游戏'),
      card('good-at-4', 'music', 'A song or sound I like', '一首我喜欢的歌或声音'),
      card('good-at-5', 'book', 'Something I learned this week', '这周我学会的一件事'),
      card('good-at-6', 'paint', 'Something I made that I am proud of', '一件让我骄傲的作品'),
      card('good-at-7', 'heart', 'A kind thing I did for someone', '我为别人做过的一件好事'),
      card('good-at-8', 'sun', 'Something that makes me happy', '一件让我开心的事'),
    ],
  },
  'new-city': {
    id: 'new-city',
    name: { en: 'My new city', 'zh-CN': '我的新城市' },
    cards: [
      card('new-city-1', 'park', 'A place I like in my new city', '新城市里我喜欢的一个地方'),
      card('new-city-2', 'food', 'A food I like here', '我在这里喜欢吃的一种食物'),
      card('new-city-3', 'bus', 'How I get to school', '我怎么去上学'),
      card('new-city-4', 'school', 'Something new at my school', '学校里一件新鲜事'),
      card('new-city-5', 'shop', 'A shop or market I go to', '我常去的一家店或市场'),
      card('new-city-6', 'home', 'Something I miss from my hometown', '我想念的家乡的一样东西'),
      card('new-city-7', 'tree', 'Something I saw on my way here', '来这里的路上我看到的东西'),
      card('new-city-8', 'friend', 'A new friend I made', '我交到的一个新朋友'),
    ],
  },
  'who-helps': {
    id: 'who-helps',
    name: { en: 'People who help me', 'zh-CN': '帮助我的人' },
    cards: [
      card('who-helps-1', 'family', 'Someone at home who helps me', '家里帮助我的一个人'),
      card('who-helps-2', 'teacher', 'A teacher who helps me', '帮助我的一位老师'),
      card('who-helps-3', 'friend', 'A friend who helps me', '帮助我的一个朋友'),
      card('who-helps-4', 'hands', 'A time someone helped me', '有人帮助过我的一次'),
      card('who-helps-5', 'heart', 'Someone I can talk to', '我可以说心里话的人'),
      card('who-helps-6', 'star', 'Someone I would like to thank', '我想感谢的一个人'),
      card('who-helps-7', 'home', 'Someone who makes me feel safe', '让我觉得安全的人'),
      card('who-helps-8', 'sun', 'How I can help someone else', '我可以怎样帮助别人'),
    ],
  },
};

export function findCard(cardId: string): PromptCard | undefined {
  for (const deck of Object.values(DECKS)) {
    const c = deck.cards.find((x) => x.id === cardId);
    if (c) return c;
  }
  return undefined;
}
