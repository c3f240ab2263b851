// playDemo: signs in, creates the demo group from the self-confidence template, and plays its two sessions live.
import type { ActivityId } from '../../shared/activities/registry';
import type { ChildInfo, GroupDetail, GroupInfo, GroupProgramme } from '../../shared/api/schemas';
import { dictionary, fill } from '../../shared/i18n';
import type { Instrument } from '../../shared/instruments/schema';
import type { Language } from '../../shared/session/roster';
import { DemoError } from './errors';
import { seededPrng } from '../../shared/random/seeded';
import { demoProgramme } from './programme';
import { DEMO_CHILDREN } from './roster';
import { DEMO_TEMPLATE, SESSION_SCRIPTS } from './script';
import { playSession } from './session';
import { signIn, StaffApi } from './staff-api';
import { DEMO_TEXTS, type DemoTexts } from './texts';

export interface PlayDemoOptions {
  url: string;
  username: string;
  password: string;
  /** Only for a server that still needs first-start setup: creates the administrator with these credentials. */
  setupCode?: string;
  /** The demo group's language (default en). */
  lang?: Language;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /** Multiplies the deliberate airtime pauses: 1 plays in real time, 0 as fast as the server answers. */
  pace?: number;
}

export interface DemoResult {
  groupId: string;
  groupName: string;
  sessionIds: string[];
  /** The activities of each session's rounds, in order. */
  sessions: { number: number; activities: ActivityId[] }[];
  reviewUrl: string;
  seconds: number;
}

/** Same seed, same answers, same passes, same gifts: every run tells the same story. */
const DEMO_SEED = 20260701;

const RSES_ID = 'rses';

async function uniqueGroupName(api: StaffApi, t: DemoTexts): Promise<string> {
  const taken = new Set((await api.ok<GroupInfo[]>('GET', '/groups')).map((g) => g.name));
  if (!taken.has(t.groupName)) return t.groupName;
  for (let n = 2; ; n++) {
    const name = fill(t.groupNameAgain, { n });
    if (!taken.has(name)) return name;
  }
}

/** The group, its eight children with guardian consent, and the two-session programme. */
async function createDemoGroup(api: StaffApi, t: DemoTexts, lang: Language): Promise<{ group: GroupDetail; ids: Map<string, string>; programmeTitle: string }> {
  const name = await uniqueGroupName(api, t);
  // RSES is for children from 8: a 9–10 group.
  const group = await api.ok<GroupDetail>('POST', '/groups', { name, ageBand: '9-10', language: lang, autoApprove: false, programmeTemplate: DEMO_TEMPLATE });
  const ids = new Map<string, string>();
  for (const child of DEMO_CHILDREN) {
    const added = await api.ok<ChildInfo>('POST', `/groups/${group.id}/children`, { nickname: child.nickname, avatar: child.avatar });
    ids.set(child.key, added.id);
    await api.ok('PUT', `/groups/${group.id}/children/${added.id}/consent`, { participation: true, research: child.research });
  }
  const { programme } = await api.ok<GroupProgramme>('GET', `/groups/${group.id}/programme`);
  if (!programme) throw new DemoError(`the group has no programme from the template "${DEMO_TEMPLATE}"`);
  const programmeTitle = fill(t.programmeTitle, { title: programme.title });
  await api.ok('PUT', `/groups/${group.id}/programme`, demoProgramme(programme, SESSION_SCRIPTS, programmeTitle));
  return { group, ids, programmeTitle };
}

export async function playDemo(options: PlayDemoOptions): Promise<DemoResult> {
  const started = performance.now();
  const lang = options.lang ?? 'en';
  const t = DEMO_TEXTS[lang];
  const log = options.log ?? (() => {});
  const pace = Math.max(0, options.pace ?? 1);
  const url = options.url.replace(/\/+$/, '');
  const api = new StaffApi(url);

  const { staff, createdAdmin } = await signIn(api, options, t);
  log(fill(createdAdmin ? t.setupDone : t.signedIn, { url, user: staff.username }));
  const { instruments } = await api.ok<{ instruments: Instrument[] }>('GET', '/instruments');
  const instrument = instruments.find((i) => i.id === RSES_ID);
  if (!instrument) throw new DemoError(`the server offers no "${RSES_ID}" instrument`);

  const { group, ids, programmeTitle } = await createDemoGroup(api, t, lang);
  log(fill(t.groupCreated, { name: group.name, programme: programmeTitle }));

  const prng = seededPrng(DEMO_SEED);
  const airtime = (ms: number) => (ms > 0 && pace > 0 ? new Promise<void>((r) => setTimeout(r, ms * pace)) : Promise.resolve());
  const deps = { api, url, groupId: group.id, ids, instrument, prng, lang, t, airtime, log };
  const played = [];
  for (const script of SESSION_SCRIPTS) played.push({ number: script.number, ...(await playSession(deps, script)) });

  return {
    groupId: group.id,
    groupName: group.name,
    sessionIds: played.map((p) => p.sessionId),
    sessions: played.map((p) => ({ number: p.number, activities: p.activities })),
    reviewUrl: `${url}/review#/groups/${group.id}`,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

/** The lines printed once the demo is ready: the group, what was played, how long it took, where to look. */
export function summaryLines(result: DemoResult, lang: Language): string[] {
  const t = DEMO_TEXTS[lang];
  const names = dictionary(lang).screenPage.activityNames;
  const sessions = result.sessions.map((s) => fill(t.summarySession, { n: s.number, rounds: s.activities.map((a) => names[a]).join(t.listSeparator) }));
  return [
    '',
    t.summaryTitle,
    fill(t.summaryGroup, { name: result.groupName }),
    fill(t.summaryPlayed, { sessions: sessions.join(t.sessionSeparator) }),
    fill(t.summaryTime, { seconds: result.seconds }),
    fill(t.summaryReview, { url: result.reviewUrl }),
    '',
    t.summaryHint,
    '',
  ];
}
