// Strength Garden lines of the live feed: picks for oneself, gifts (the console may name givers), phases, nudges.
// Cards stay as ids in the feed: the list words them in the console's language when it draws (a switch renames them).
import type { GardenPhase, StrengthCardId, StrengthGardenConsole } from '../../../../shared/activities/strength-garden';
import type { FeedKind } from '../../live/feed';
import { isStrengthCardId } from '../../../../shared/activities/strength-garden/deck';
import type { ActivityFeed, FeedAdd } from '../types';
import { cardText } from './card-text';

const PHASE_KIND: Record<GardenPhase, FeedKind> = { self: 'gardenToSelf', give: 'gardenToGive', garden: 'gardenToGarden' };

const emptyPicks: readonly StrengthCardId[] = [];

export const gardenFeed: ActivityFeed<StrengthGardenConsole> = {
  diff(before, after, name, add) {
    if (before && before.phase !== after.phase) add(PHASE_KIND[after.phase]);
    const was = new Map((before?.children ?? []).map((c) => [c.childId, c]));
    for (const c of after.children) {
      const old = was.get(c.childId);
      const picksBefore = old?.picks ?? emptyPicks;
      for (const card of c.picks) if (!picksBefore.includes(card)) add('gardenPicked', { name: name(c.childId), card });
      for (const card of picksBefore) if (!c.picks.includes(card)) add('gardenUnpicked', { name: name(c.childId), card });
      if (c.nudged && !(old?.nudged ?? false)) add('gardenNudged', { name: name(c.childId) });
    }
    // Gifts are never taken back, so the new ones are the tail of the list.
    for (const g of after.gifts.slice(before?.gifts.length ?? 0)) gave(g, name, add);
  },
  catchup(e, name, add) {
    switch (e.type) {
      case 'garden.self-picked':
        add('gardenPicked', { name: name(e.payload.childId), card: e.payload.card });
        return true;
      case 'garden.self-unpicked':
        add('gardenUnpicked', { name: name(e.payload.childId), card: e.payload.card });
        return true;
      case 'garden.phase':
        add(PHASE_KIND[e.payload.phase]);
        return true;
      case 'garden.given':
        gave(e.payload, name, add);
        return true;
      case 'garden.nudged':
        add('gardenNudged', { name: name(e.payload.childId) });
        return true;
      default:
        return false;
    }
  },
  shownParams(p) {
    if (typeof p.card === 'string' && isStrengthCardId(p.card)) p.card = cardText(p.card);
  },
};

function gave(g: { from: string; to: string; card: string }, name: (id: string | null) => string, add: FeedAdd): void {
  add('gardenGave', { from: name(g.from), to: name(g.to), card: g.card });
}
