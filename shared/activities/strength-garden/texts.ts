// Strength Garden words children see or hear (title, prompts, flower labels), in en and zh-CN.
import type { GardenText } from './deck';

const t = (en: string, zh: string): GardenText => ({ en, 'zh-CN': zh });

export const GARDEN_TEXT = {
  title: t('Strength Garden', '优点花园'),
  givePrompt: t('Give a strength card to a friend. What are they good at?', '送一张优点卡给朋友吧。他们有什么优点呢？'),
  myGarden: t('My garden', '我的花园'),
  gardenPrompt: t('Look at your garden! These are your strengths.', '看看你的花园！这些都是你的优点。'),
  fromSelf: t('I chose this', '我自己选的'),
  /** Peer flowers stay anonymous for children: a friend, never a name. */
  fromPeer: t('A friend gave me this', '朋友送给我的'),
} as const;

/** The phase-1 prompt with the number of picks written in (1–3, so words stay short and natural). */
export function pickPrompt(maxPicks: number): GardenText {
  if (maxPicks === 1) return t('Pick one strength that is true about you.', '选一个属于你的优点。');
  const zh = ['', '一', '两', '三'][maxPicks] ?? String(maxPicks);
  return t(`Pick up to ${maxPicks} strengths that are true about you.`, `选出最多${zh}个属于你的优点。`);
}
