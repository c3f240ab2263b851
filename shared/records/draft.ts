// Drafts a session process record (小组过程记录) from the session's log, the programme and the metrics: pure.
import { participation, type ChildParticipation, type MetricEvent } from '../metrics';
import { OBSERVATION_TAGS } from '../session/observations';
import { dictionary, fill } from '../i18n';
import type { Language } from '../session/roster';
import { activity, isActivityId, type ActivityId } from '../activities/registry';
import { localDate } from '../review/local-time';

export interface DraftInput {
  lang: Language;
  groupName: string;
  /** The group's n-th session (1-based), and how many the programme has (null without one). */
  number: number;
  count: number | null;
  startedAt: number;
  endedAt: number | null;
  timeZone: string;
  facilitators: readonly string[];
  /** Every enrolled child of the group: the metrics count zeros for those who did nothing. */
  children: readonly { id: string; nickname: string }[];
  events: readonly MetricEvent[];
  /** The programme session this session ran (its goal and plan), when it came from one. */
  plan: { title: string; goal: string; rounds: readonly { activity: ActivityId; note?: string }[] } | null;
}

export interface DraftRound {
  number: number;
  activity: ActivityId;
  /** The activity's name in the record's language. */
  name: string;
  minutes: number;
  summary: string;
}

export interface DraftMember {
  childId: string;
  nickname: string;
  present: boolean;
  /** Plain words from the metrics: what the child did, never compared with anyone. */
  text: string;
}

export interface DraftedRecord {
  lang: Language;
  group: string;
  session: string;
  title: string;
  date: string;
  time: string;
  facilitators: string[];
  present: string[];
  absent: string[];
  goals: string[];
  planned: { name: string; note: string; ran: boolean }[];
  rounds: DraftRound[];
  members: DraftMember[];
  observations: string[];
  checkins: string[];
}

const clock = (ms: number, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);

interface RoundSpan {
  number: number;
  activity: ActivityId;
  startedAt: number;
  endedAt: number | null;
  settings: unknown;
}

/** The rounds that ran, with their start and end times, from round.started / round.ended. */
function roundsOf(events: readonly MetricEvent[]): RoundSpan[] {
  const out: RoundSpan[] = [];
  for (const e of events) {
    const p = e.payload as Record<string, unknown>;
    if (e.type === 'round.started')
      out.push({ number: Number(p.number), activity: p.activity as ActivityId, startedAt: e.at, endedAt: null, settings: p.settings });
    else if (e.type === 'round.ended' && out.length > 0 && out[out.length - 1]!.endedAt === null) out[out.length - 1]!.endedAt = e.at;
  }
  return out;
}

export function draftRecord(input: DraftInput): DraftedRecord {
  const { lang } = input;
  const t = dictionary(lang).records;
  const names = dictionary(lang).consolePage.rounds.activities;
  const tags = dictionary(lang).common.observationTags;
  const ids = input.children.map((c) => c.id);
  const nick = new Map(input.children.map((c) => [c.id, c.nickname]));
  const whole = participation(input.events, ids);
  const presentIds = new Set(whole.children.filter((c) => c.attendance > 0).map((c) => c.childId));
  const present = input.children.filter((c) => presentIds.has(c.id)).map((c) => c.nickname);
  const absent = input.children.filter((c) => !presentIds.has(c.id)).map((c) => c.nickname);

  const spans = roundsOf(input.events);
  const rounds: DraftRound[] = spans.map((span) => {
    const m = participation(input.events, ids, { round: span.number }).children.filter((c) => presentIds.has(c.childId));
    const n = presentIds.size;
    const minutes = span.endedAt === null ? 0 : Math.max(0, Math.round((span.endedAt - span.startedAt) / 60_000));
    // Each activity words its own round from the participation facts (counts only, never an answer).
    const line = isActivityId(span.activity) ? activity(span.activity).roundSummary(m, n) : null;
    const template: unknown = line ? (t as Record<string, unknown>)[line.words] : undefined;
    const summary = line && typeof template === 'string' ? fill(template, line.values) : '';
    return { number: span.number, activity: span.activity, name: names[span.activity] ?? span.activity, minutes, summary };
  });

  const ranActivities = spans.map((s) => s.activity);
  const planned = (input.plan?.rounds ?? []).map((r) => {
    const i = ranActivities.indexOf(r.activity);
    if (i >= 0) ranActivities.splice(i, 1);
    return { name: names[r.activity] ?? r.activity, note: r.note ?? '', ran: i >= 0 };
  });

  const members: DraftMember[] = input.children.map((c) => {
    const row = whole.children.find((r) => r.childId === c.id)!;
    return { childId: c.id, nickname: c.nickname, present: presentIds.has(c.id), text: presentIds.has(c.id) ? memberText(row, lang) : t.memberAbsent };
  });

  const observations: string[] = [];
  for (const c of whole.children) {
    const list = OBSERVATION_TAGS.filter((tag) => (c.observations[tag] ?? 0) > 0).map((tag) =>
      c.observations[tag] > 1 ? `${tags[tag]} ×${c.observations[tag]}` : tags[tag],
    );
    if (list.length > 0)
      observations.push(fill(t.observationLine, { name: nick.get(c.childId) ?? c.childId, tags: list.join(lang === 'zh-CN' ? '、' : ', ') }));
  }

  // Group-level lines (a check-in's counts): each activity that has one words it from its round's participation.
  const checkins = spans.flatMap((s) => {
    const line = isActivityId(s.activity)
      ? activity(s.activity).groupRecordLine?.({
          settings: s.settings,
          children: participation(input.events, ids, { round: s.number }).children.filter((c) => presentIds.has(c.childId)),
          present: presentIds.size,
          lang,
          name: names[s.activity] ?? s.activity,
          records: t,
        })
      : undefined;
    const template: unknown = line ? (t as Record<string, unknown>)[line.words] : undefined;
    return line && typeof template === 'string' ? [fill(template, line.values)] : [];
  });

  return {
    lang,
    group: input.groupName,
    session: input.count ? fill(t.sessionOf, { n: input.number, count: input.count }) : fill(t.sessionN, { n: input.number }),
    title: input.plan?.title ?? '',
    date: localDate(input.startedAt, input.timeZone),
    time: fill(t.time, { start: clock(input.startedAt, input.timeZone), end: input.endedAt === null ? '' : clock(input.endedAt, input.timeZone) }),
    facilitators: [...input.facilitators],
    present,
    absent,
    goals: input.plan?.goal ? [input.plan.goal] : [],
    planned,
    rounds,
    members,
    observations: observations.length > 0 ? observations : [t.noObservations],
    checkins: checkins.length > 0 ? checkins : [t.noCheckins],
  };
}

/** One present child's participation as sentences; only what happened, zeros left out except "no turn". */
export function memberText(c: ChildParticipation, lang: Language): string {
  const t = dictionary(lang).records;
  const sep = lang === 'zh-CN' ? '，' : ', ';
  const stop = lang === 'zh-CN' ? '。' : '.';
  const out: string[] = [];
  if (c.turns === 0) out.push(t.memberNoTurn);
  else {
    const parts = [
      c.presentations > 0 ? fill(t.parts.presentations, { n: c.presentations }) : '',
      c.passes > 0 ? fill(t.parts.passes, { n: c.passes }) : '',
      c.starHolds > 0 ? fill(t.parts.starHolds, { n: c.starHolds }) : '',
      c.piecesPlaced > 0 ? fill(t.parts.pieces, { n: c.piecesPlaced }) : '',
    ].filter(Boolean);
    out.push(`${fill(t.memberTurns, { n: c.turns })}${lang === 'zh-CN' ? '（' : ' ('}${parts.join(sep)}${lang === 'zh-CN' ? '）' : ')'}${stop}`);
  }
  if (c.helpGiven + c.helpReceived > 0) out.push(fill(t.memberHelp, { given: c.helpGiven, received: c.helpReceived }));
  if (c.cardsGiven + c.cardsReceived > 0) out.push(fill(t.memberCards, { given: c.cardsGiven, received: c.cardsReceived }));
  if (c.reactionsGiven + c.reactionsReceived > 0) out.push(fill(t.memberReactions, { given: c.reactionsGiven, received: c.reactionsReceived }));
  if (c.checkinsFinished > 0 && c.checkinsDeclined > 0) out.push(fill(t.checkinBoth, { finished: c.checkinsFinished, declined: c.checkinsDeclined }));
  else if (c.checkinsFinished > 0) out.push(t.checkinFinished);
  else if (c.checkinsDeclined > 0) out.push(t.checkinDeclined);
  return out.join(lang === 'zh-CN' ? '' : ' ');
}
