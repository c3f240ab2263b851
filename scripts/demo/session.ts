// One demo session: start it, seat the tablets of the children who came, play its rounds and tags, end it.
import type { SessionInfo } from '../../shared/api/schemas';
import type { ActivityId } from '../../shared/activities/registry';
import { dictionary, fill } from '../../shared/i18n';
import type { Instrument } from '../../shared/instruments/schema';
import type { Language } from '../../shared/session/roster';
import type { Prng } from '../../shared/random/seeded';
import { DemoRoom } from './room';
import { attending, demoChild } from './roster';
import type { PlayContext } from './rounds/context';
import { playRound } from './rounds';
import type { SessionScript } from './script';
import type { StaffApi } from './staff-api';
import type { DemoTexts } from './texts';

export interface SessionDeps {
  api: StaffApi;
  url: string;
  groupId: string;
  ids: ReadonlyMap<string, string>;
  instrument: Instrument;
  prng: Prng;
  lang: Language;
  t: DemoTexts;
  airtime: (ms: number) => Promise<void>;
  log: (line: string) => void;
}

export interface PlayedSession {
  sessionId: string;
  activities: ActivityId[];
}

export async function playSession(deps: SessionDeps, script: SessionScript): Promise<PlayedSession> {
  const { api, t, log } = deps;
  const words = dictionary(deps.lang);
  const session = await api.ok<SessionInfo>('POST', `/groups/${deps.groupId}/sessions`, {});
  const room = await DemoRoom.open(deps.url, session, api.cookie, deps.ids);
  try {
    if (script.autoApprove) {
      await room.console.send({ type: 'settings.set', autoApprove: true });
      await room.console.until('auto-approve on', (v) => v.autoApprove);
    }
    const present = attending(script.number);
    await room.seat(present);
    log(fill(t.sessionStarted, { n: script.number, code: session.code ?? '', seated: present.length, absent: deps.ids.size - present.length }));
    const ctx: PlayContext = { room, present, prng: deps.prng, lang: deps.lang, t, instrument: deps.instrument, airtime: deps.airtime };
    for (const [planIndex, round] of script.rounds.entries()) {
      const outcome = await playRound(ctx, planIndex, round);
      log(fill(t.roundDone, { n: planIndex + 1, activity: words.screenPage.activityNames[round.kind], detail: outcome.detail }));
      for (const tag of round.tags ?? []) await room.tag(demoChild(tag.child), tag.tag, tag.note ? t.notes[tag.note] : undefined);
    }
    const tags = room.tags.map((x) => `${x.child.nickname} · ${words.common.observationTags[x.tag]}`).join(t.listSeparator);
    if (tags) log(fill(t.tagsDetail, { tags }));
    // Ending the session closes every link from the server's side.
    room.expectEnd();
    await api.ok('POST', `/sessions/${session.id}/end`, {});
    log(fill(t.sessionEnded, { n: script.number }));
    return { sessionId: session.id, activities: script.rounds.map((r) => r.kind) };
  } catch (err) {
    // A demo that stopped half-way should not leave a live session behind on the facilitator's console.
    room.expectEnd();
    await api.call('POST', `/sessions/${session.id}/end`, {}).catch(() => undefined);
    throw err;
  } finally {
    room.close();
  }
}
