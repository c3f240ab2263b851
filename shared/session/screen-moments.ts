// A screen's view with a moments message applied: its moments list grows, everything else stands.
import { SCREEN_MOMENTS } from '../protocol/limits';
import type { MomentsMessage } from '../protocol/messages';
import type { ScreenView } from './views';

/**
 * The view the server would have sent at `m.version`: the server sends a moments message only when nothing but
 * the moments changed, and keeps the newest SCREEN_MOMENTS of them, as the reducer does.
 */
export function applyMoments(view: ScreenView, m: MomentsMessage): ScreenView {
  const known = new Set(view.moments.map((x) => x.seq));
  const moments = [...view.moments, ...m.moments.filter((x) => !known.has(x.seq))].sort((a, b) => a.seq - b.seq);
  return { ...view, moments: moments.length > SCREEN_MOMENTS ? moments.slice(moments.length - SCREEN_MOMENTS) : moments };
}
