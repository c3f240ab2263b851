// Build Together lines of the live feed: pieces placed, help asked and given, passes, and the finished picture.
import type { BuildTogetherConsole } from '../../../../shared/activities/build-together';
import type { ActivityFeed, FeedAdd, FeedNames } from '../types';

type Child = BuildTogetherConsole['children'][number];

const NONE: Pick<Child, 'placed' | 'passes'> = { placed: 0, passes: 0 };

export const buildFeed: ActivityFeed<BuildTogetherConsole> = {
  completeKind: 'buildComplete',
  diff(before, after, name, add) {
    const was = new Map((before?.children ?? []).map((c) => [c.childId, c]));
    for (const c of after.children) {
      const old = was.get(c.childId) ?? NONE;
      for (let i = old.placed; i < c.placed; i++) add('buildPlaced', { name: name(c.childId) });
      for (let i = old.passes; i < c.passes; i++) add('buildPassed', { name: name(c.childId) });
    }
    helpLines(before, after, name, add);
  },
  // The last piece closes the round in the same step, so only the last view knows who held it.
  completed(last, name, add) {
    const holders = last.children.filter((c) => c.hand.length > 0);
    const [only] = holders;
    if (holders.length === 1 && only && only.hand.length === 1) add('buildPlaced', { name: name(only.childId) });
  },
  catchup(e, name, add) {
    switch (e.type) {
      case 'build.placed':
        add('buildPlaced', { name: name(e.payload.childId) });
        return true;
      case 'build.turn-passed':
        add('buildPassed', { name: name(e.payload.childId) });
        return true;
      case 'build.help-asked':
        add('buildHelpAsked', { name: name(e.payload.childId) });
        return true;
      case 'build.help-given':
        add('buildHelped', { helper: name(e.payload.from), name: name(e.payload.to) });
        return true;
      // Deals and offered turns would drown the feed; the completion is the round's own "complete" line.
      case 'build.dealt':
      case 'build.turn-offered':
      case 'build.completed':
        return true;
      default:
        return false;
    }
  },
};

/** A request is new when its time changed (a child may ask again for another piece); help is its helper appearing. */
function helpLines(before: BuildTogetherConsole | null, after: BuildTogetherConsole, name: FeedNames, add: FeedAdd): void {
  const was = new Map((before?.help ?? []).map((r) => [r.childId, r]));
  for (const r of after.help) {
    const old = was.get(r.childId);
    if (!old || old.at !== r.at) {
      add('buildHelpAsked', { name: name(r.childId) });
      if (r.helpedBy) add('buildHelped', { helper: name(r.helpedBy), name: name(r.childId) });
    } else if (!old.helpedBy && r.helpedBy) add('buildHelped', { helper: name(r.helpedBy), name: name(r.childId) });
  }
}
