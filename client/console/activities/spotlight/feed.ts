// Spotlight lines of the live feed: offers, starts, ends and passes of turns, badges, extensions.
import type { SpotlightConsole } from '../../../../shared/activities/spotlight';
import type { ActivityFeed, FeedAdd, FeedNames } from '../types';

export const spotlightFeed: ActivityFeed<SpotlightConsole> = {
  diff: diffSpotlight,
  catchup(e, name, add) {
    switch (e.type) {
      case 'spotlight.offered':
        add('spotOffered', { name: name(e.payload.childId) });
        return true;
      case 'spotlight.started':
        add('spotStarted', { name: name(e.payload.childId) });
        return true;
      case 'spotlight.ended':
        add('spotEnded', { name: name(e.payload.childId) });
        return true;
      case 'spotlight.passed':
        add('spotPassed', { name: name(e.payload.childId) });
        return true;
      case 'spotlight.badge':
        add('badge', { name: name(e.payload.childId) });
        return true;
      case 'spotlight.extended':
        add('spotExtended', { name: name(e.payload.childId) });
        return true;
      default:
        return false;
    }
  },
};

function diffSpotlight(a: SpotlightConsole | null, b: SpotlightConsole, name: FeedNames, add: FeedAdd): void {
  const turns = (v: SpotlightConsole | null, id: string) => v?.turns[id] ?? { presentations: 0, passes: 0, badges: 0 };
  // Turns that closed since the last view: a finished presentation or a pass (by the child or skipped).
  for (const [id, t2] of Object.entries(b.turns)) {
    const t1 = turns(a, id);
    if (t2.presentations > t1.presentations) add('spotEnded', { name: name(id) });
    if (t2.passes > t1.passes) add('spotPassed', { name: name(id) });
    if (t2.badges > t1.badges) add('badge', { name: name(id) });
  }
  const newTurn = b.presenter !== null && (b.presenter !== a?.presenter || b.offeredAt !== a?.offeredAt);
  if (newTurn && b.phase !== 'idle') add('spotOffered', { name: name(b.presenter) });
  if (b.phase === 'presenting' && (newTurn || a?.phase !== 'presenting')) add('spotStarted', { name: name(b.presenter) });
  if (!newTurn && a && b.presenter && b.guideSeconds > a.guideSeconds) add('spotExtended', { name: name(b.presenter) });
}
