// Programme templates: valid plans in both languages, built from the practice reports; progress through a programme.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { activity } from '../../shared/activities/registry';
import { ProgrammeSchema } from '../../shared/programmes/programme';
import { nextProgrammeSession, programmeSessionRun } from '../../shared/programmes/progress';
import { programmeFromTemplate } from '../../shared/programmes/template';
import { PROGRAMME_TEMPLATES, programmeTemplate } from '../../shared/programmes/templates';
import { resolveInstrument } from '../../shared/instruments/catalog';
import { BUILTIN_CATALOG } from '../support/activity-harness';

describe('programme templates', () => {
  it('ships self-confidence (5), getting along (6) and healthy screen time (needs, plan, evaluation)', () => {
    expect(PROGRAMME_TEMPLATES.map((t) => [t.id, t.sessions.length])).toEqual([
      ['self-confidence', 5],
      ['getting-along', 6],
      ['screen-time', 4],
    ]);
    const sc = programmeTemplate('self-confidence')!;
    expect(sc.sessions.map((s) => s.title.en)).toEqual([
      'Knowing each other',
      'Looking for my excellent self',
      'Small body, infinite possibilities',
      'Self-presentation',
      'Breaking through',
    ]);
    // The Rosenberg check-in opens the first session and closes the last one.
    expect(sc.sessions[0]!.rounds[0]).toMatchObject({ activity: 'checkin', settings: { instrument: 'rses' } });
    expect(sc.sessions.at(-1)!.rounds.at(-1)).toMatchObject({ activity: 'checkin', settings: { instrument: 'rses' } });
    // The other two programmes use Circletime's own check-ins the same way: pre in the first session, post in the last.
    for (const [id, family] of [
      ['getting-along', 'circletime-getting-along'],
      ['screen-time', 'circletime-screen-time'],
    ] as const) {
      const p = programmeTemplate(id)!;
      const uses = (si: number) => p.sessions[si]!.rounds.filter((r) => r.activity === 'checkin' && r.settings.instrument === family).length;
      expect([uses(0), uses(p.sessions.length - 1)], id).toEqual([1, 1]);
      expect(
        p.sessions.slice(1, -1).every((_, i) => uses(i + 1) === 0),
        id,
      ).toBe(true);
    }
    const st = programmeTemplate('screen-time')!;
    expect(st.sessions.map((s) => s.title.en)).toEqual([expect.stringContaining('offline'), 'Making a plan', 'Trying it out', 'Closing evaluation']);
  });

  for (const t of PROGRAMME_TEMPLATES) {
    it(`${t.id}: every round's settings are valid for its activity and every check-in instrument exists`, () => {
      for (const [si, s] of t.sessions.entries()) {
        for (const [ri, r] of s.rounds.entries()) {
          const parsed = v.safeParse(activity(r.activity).settingsSchema, r.settings);
          expect(parsed.success, `${t.id} session ${si + 1} round ${ri + 1} (${r.activity}): ${parsed.success ? '' : parsed.issues[0].message}`).toBe(true);
          if (r.activity === 'checkin')
            expect(resolveInstrument(BUILTIN_CATALOG, String(r.settings.instrument), '9-10'), String(r.settings.instrument)).toBeDefined();
        }
      }
    });

    it(`${t.id}: copies into a group in either language as a valid programme with every text present`, () => {
      for (const lang of ['en', 'zh-CN'] as const) {
        const p = programmeFromTemplate(t, lang);
        expect(v.safeParse(ProgrammeSchema, p).success).toBe(true);
        expect(p.templateId).toBe(t.id);
        for (const s of p.sessions) {
          expect(s.title.length).toBeGreaterThan(1);
          expect(s.goal.length).toBeGreaterThan(5);
          for (const r of s.rounds) expect(r.note!.length).toBeGreaterThan(3);
        }
      }
      expect(programmeFromTemplate(t, 'zh-CN').sessions[0]!.title).toMatch(/[\u4e00-\u9fff]/);
    });
  }
});

describe('programme progress', () => {
  const plan = (index: number) => ({ type: 'plan.set', payload: { rounds: [], session: { index, count: 5, title: 't', goal: '' } } });
  const started = (planIndex: number | null) => ({ type: 'round.started', payload: { planIndex } });

  it('counts a session as run only when a planned round of a programme plan started', () => {
    expect(programmeSessionRun([plan(0), started(0)])).toBe(0);
    expect(programmeSessionRun([plan(0)])).toBeNull();
    expect(programmeSessionRun([plan(0), started(null)])).toBeNull();
    expect(programmeSessionRun([{ type: 'plan.set', payload: { rounds: [] } }, started(0)])).toBeNull();
    // The plan loaded last is the one the session ran.
    expect(programmeSessionRun([plan(0), plan(2), started(1)])).toBe(2);
  });

  it('continues after the furthest session run; null when all are done', () => {
    expect(nextProgrammeSession([], 5)).toBe(0);
    expect(nextProgrammeSession([null, 0, null], 5)).toBe(1);
    expect(nextProgrammeSession([0, 2], 5)).toBe(3);
    expect(nextProgrammeSession([4], 5)).toBeNull();
  });
});

describe('loading another programme session mid-session', () => {
  it('detaches the rounds run so far from the new plan', async () => {
    const { harness } = await import('../support/activity-harness');
    const h = await harness(2);
    const session = (index: number) => ({ index, count: 5, title: `S${index + 1}`, goal: '' });
    await h.staff({
      type: 'plan.set',
      rounds: [
        { activity: 'pass-star', settings: {} },
        { activity: 'spotlight', settings: {} },
      ],
      session: session(0),
    });
    await h.staff({ type: 'round.start', activity: 'pass-star', planIndex: 0 });
    await h.staff({ type: 'round.end' });
    // Same session, edited: the done round keeps its place.
    await h.staff({
      type: 'plan.set',
      rounds: [
        { activity: 'pass-star', settings: {} },
        { activity: 'spotlight', settings: {}, note: 'n' },
      ],
      session: session(0),
    });
    expect(h.consoleView().roundsDone.map((r) => r.planIndex)).toEqual([0]);
    await h.staff({ type: 'round.start', activity: 'spotlight', planIndex: 1 });
    await h.staff({ type: 'plan.set', rounds: [{ activity: 'checkin', settings: {} }], session: session(1) });
    expect(h.consoleView().roundsDone.map((r) => r.planIndex)).toEqual([null]);
    expect(h.consoleView().round!.planIndex).toBeNull();
    expect(h.consoleView().planSession).toMatchObject({ index: 1 });
  });
});
