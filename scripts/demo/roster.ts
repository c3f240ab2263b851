// The demo group's fictional children: nickname, avatar, consent, which sessions they come to, their RSES totals.
import type { AvatarId } from '../../shared/avatars';

export type DemoSessionNumber = 1 | 2;

/** What a child does in one RSES check-in: answer with answers adding up to a total, or say "not today". */
export type RsesPlan = { total: number } | 'declines' | null;

export interface DemoChild {
  key: string;
  /** Plainly made-up names, Chinese and English, as children in a mixed group might choose. */
  nickname: string;
  avatar: AvatarId;
  /** Guardian consent to research export (every child has consent to take part). */
  research: boolean;
  sessions: readonly DemoSessionNumber[];
  /** Pre-test (session 1) and post-test (session 2); null where the child is not there. */
  rses: { pre: RsesPlan; post: RsesPlan };
  /** The child they pass to and give to most often (so the sociogram has visible ties). */
  friend: string;
}

/**
 * Eight children, so the review shows every case a worker meets: Bobo has no research consent (left out of
 * exports, still in the review), Jia misses session 2 and Leo session 1, and Xiaoyu says "not today" to the
 * pre-test — so Jia, Leo and Xiaoyu have one RSES score each and are listed, not dropped, on the pre/post page.
 */
export const DEMO_CHILDREN: readonly DemoChild[] = [
  { key: 'lili', nickname: 'Lili 丽丽', avatar: 'cat', research: true, sessions: [1, 2], rses: { pre: { total: 18 }, post: { total: 21 } }, friend: 'anna' },
  { key: 'tao', nickname: 'Tao 涛涛', avatar: 'tiger', research: true, sessions: [1, 2], rses: { pre: { total: 15 }, post: { total: 18 } }, friend: 'leo' },
  {
    key: 'mingming',
    nickname: 'Mingming 明明',
    avatar: 'panda',
    research: true,
    sessions: [1, 2],
    rses: { pre: { total: 21 }, post: { total: 20 } },
    friend: 'bobo',
  },
  { key: 'anna', nickname: 'Anna 安娜', avatar: 'rabbit', research: true, sessions: [1, 2], rses: { pre: { total: 13 }, post: { total: 17 } }, friend: 'lili' },
  {
    key: 'bobo',
    nickname: 'Bobo 波波',
    avatar: 'penguin',
    research: false,
    sessions: [1, 2],
    rses: { pre: { total: 19 }, post: { total: 20 } },
    friend: 'mingming',
  },
  { key: 'xiaoyu', nickname: 'Xiaoyu 小雨', avatar: 'duck', research: true, sessions: [1, 2], rses: { pre: 'declines', post: { total: 16 } }, friend: 'jia' },
  { key: 'jia', nickname: 'Jia 佳佳', avatar: 'owl', research: true, sessions: [1], rses: { pre: { total: 22 }, post: null }, friend: 'xiaoyu' },
  { key: 'leo', nickname: 'Leo 乐乐', avatar: 'lion', research: true, sessions: [2], rses: { pre: null, post: { total: 19 } }, friend: 'tao' },
];

export function demoChild(key: string): DemoChild {
  const c = DEMO_CHILDREN.find((x) => x.key === key);
  if (!c) throw new Error(`no demo child ${key}`);
  return c;
}

export function attending(session: DemoSessionNumber): DemoChild[] {
  return DEMO_CHILDREN.filter((c) => c.sessions.includes(session));
}
