// The demo's programme: the group's copy of the template, shortened to the two sessions the demo plays.
import type { Programme } from '../../shared/programmes/programme';
import { DemoError } from './errors';
import type { SessionScript } from './script';

/**
 * Keeps the template's words (titles, goals, the facilitator's notes, in the group's language) and picks
 * the rounds the demo plays, so the console and review show a plan that matches what happened.
 */
export function demoProgramme(copy: Programme, scripts: readonly SessionScript[], title: string): Programme {
  return {
    templateId: copy.templateId,
    title,
    sessions: scripts.map((script) => {
      const session = copy.sessions[script.from];
      if (!session) throw new DemoError(`the template has no session ${script.from + 1}`);
      return {
        title: session.title,
        goal: session.goal,
        rounds: script.rounds.map((r) => {
          const round = copy.sessions[r.from[0]]?.rounds[r.from[1]];
          if (round?.activity !== r.kind)
            throw new DemoError(`template session ${r.from[0] + 1}, round ${r.from[1] + 1} is ${round?.activity ?? 'missing'}, not ${r.kind}`);
          return { ...round, settings: { ...round.settings, ...r.settings } };
        }),
      };
    }),
  };
}
