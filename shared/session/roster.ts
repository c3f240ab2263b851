// A roster entry as a session sees it: a snapshot taken when the session starts, never rewritten.
import type { AvatarId } from '../avatars';

export interface RosterEntry {
  childId: string;
  nickname: string;
  avatar: AvatarId;
}

export type Language = 'en' | 'zh-CN';
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

export type AgeBand = '7-8' | '9-10' | '11-12' | '7-12';
export const AGE_BANDS: readonly AgeBand[] = ['7-8', '9-10', '11-12', '7-12'];
