// The demo's pure parts: its command line, scale answers that score to the planned totals, the roster and programme.
import { describe, expect, it } from 'vitest';
import { loadInstruments } from '../../server/instruments/load-instruments';
import { scoreResponse } from '../../shared/instruments/score';
import { programmeFromTemplate } from '../../shared/programmes/template';
import { selfConfidence } from '../../shared/programmes/templates/self-confidence';
import { parseDemoArgs } from '../../scripts/demo/options';
import { seededPrng } from '../../shared/random/seeded';
import { demoProgramme } from '../../scripts/demo/programme';
import { DEMO_CHILDREN, attending } from '../../scripts/demo/roster';
import { answersForTotal } from '../../scripts/demo/scale-answers';
import { SESSION_SCRIPTS } from '../../scripts/demo/script';

const rses = loadInstruments(undefined).find((l) => l.instrument.id === 'rses')!.instrument;

describe('demo command line', () => {
  it('takes flags first, then the environment, with the default server', () => {
    expect(parseDemoArgs(['--user', 'ana', '--password', 'correct horse'], {})).toEqual({
      kind: 'run',
      options: { url: 'http://localhost:3000', username: 'ana', password: 'correct horse', lang: 'en' },
    });
    const env = { CIRCLETIME_URL: 'http://10.0.0.5:3000/', CIRCLETIME_USER: 'env-user', CIRCLETIME_PASSWORD: 'env pass', CIRCLETIME_SETUP_CODE: '12345678' };
    expect(parseDemoArgs(['--user', 'flag-user', '--lang', 'zh-CN'], env)).toEqual({
      kind: 'run',
      options: { url: 'http://10.0.0.5:3000', username: 'flag-user', password: 'env pass', setupCode: '12345678', lang: 'zh-CN' },
    });
  });

  it('finds a server on another port through PORT, as the server reads it', () => {
    const run = parseDemoArgs(['--user', 'ana', '--password', 'pw'], { PORT: '4000' });
    expect(run.kind === 'run' && run.options.url).toBe('http://localhost:4000');
    const flag = parseDemoArgs(['--user', 'ana', '--password', 'pw', '--url', 'http://10.0.0.5:5000'], { PORT: '4000' });
    expect(flag.kind === 'run' && flag.options.url).toBe('http://10.0.0.5:5000');
  });

  it('names what is missing or wrong, in the chosen language', () => {
    const none = parseDemoArgs([], {});
    expect(none).toMatchObject({ kind: 'usage-error', lang: 'en' });
    expect(none.kind === 'usage-error' && none.problems.join(' ')).toContain('--user (CIRCLETIME_USER), --password (CIRCLETIME_PASSWORD)');
    const zh = parseDemoArgs(['--lang', 'zh-CN', '--user', 'ana'], {});
    expect(zh.kind === 'usage-error' && zh.problems.join(' ')).toContain('缺少：--password');
    const badLang = parseDemoArgs(['--lang', 'fr', '--user', 'a', '--password', 'b'], {});
    expect(badLang.kind === 'usage-error' && badLang.problems.join(' ')).toContain('"fr"');
    const unknown = parseDemoArgs(['--usr', 'a'], {});
    expect(unknown.kind === 'usage-error' && unknown.problems.join(' ')).toContain('--usr');
    const badUrl = parseDemoArgs(['--url', 'localhost:3000', '--user', 'a', '--password', 'b'], {});
    expect(badUrl.kind === 'usage-error' && badUrl.problems.join(' ')).toContain('http://');
    expect(parseDemoArgs(['--help'], {})).toEqual({ kind: 'help', lang: 'en' });
  });
});

describe('scale answers for a planned total', () => {
  it('score to exactly that total under the instrument’s own key (reversed items included)', () => {
    const prng = seededPrng(7);
    for (let total = 0; total <= 30; total++) {
      const answers = answersForTotal(rses, total, prng);
      expect(Object.keys(answers)).toEqual(rses.items.map((i) => i.id));
      expect(scoreResponse(rses, answers).total).toBe(total);
    }
  });

  it('vary between items, repeat with the same seed, and refuse a total out of reach', () => {
    const a = answersForTotal(rses, 18, seededPrng(1));
    expect(answersForTotal(rses, 18, seededPrng(1))).toEqual(a);
    expect(new Set(Object.values(a)).size).toBeGreaterThan(1);
    expect(() => answersForTotal(rses, 31, seededPrng(1))).toThrow(/out of reach/);
    expect(() => answersForTotal(rses, -1, seededPrng(1))).toThrow(/out of reach/);
  });
});

describe('demo roster and programme', () => {
  it('has one child without research consent, one absent from each session, and three with one RSES score', () => {
    expect(DEMO_CHILDREN).toHaveLength(8);
    expect(DEMO_CHILDREN.filter((c) => !c.research).map((c) => c.key)).toEqual(['bobo']);
    expect(DEMO_CHILDREN.filter((c) => !c.sessions.includes(1)).map((c) => c.key)).toEqual(['leo']);
    expect(DEMO_CHILDREN.filter((c) => !c.sessions.includes(2)).map((c) => c.key)).toEqual(['jia']);
    // A plan for every check-in a child is there for, none for one they miss.
    for (const c of DEMO_CHILDREN) {
      expect(c.rses.pre !== null).toBe(c.sessions.includes(1));
      expect(c.rses.post !== null).toBe(c.sessions.includes(2));
    }
    const total = (p: (typeof DEMO_CHILDREN)[number]['rses']['pre']) => (p && typeof p === 'object' ? p.total : null);
    const pairs = DEMO_CHILDREN.filter((c) => total(c.rses.pre) !== null && total(c.rses.post) !== null);
    expect(pairs.map((c) => c.key)).toEqual(['lili', 'tao', 'mingming', 'anna', 'bobo']);
    expect(DEMO_CHILDREN.filter((c) => !pairs.includes(c)).map((c) => c.key)).toEqual(['xiaoyu', 'jia', 'leo']);
    // Mostly a little higher after the programme.
    expect(pairs.filter((c) => total(c.rses.post)! > total(c.rses.pre)!).length).toBe(4);
    expect(attending(1)).toHaveLength(7);
    expect(attending(2)).toHaveLength(7);
  });

  it('keeps the template’s words and picks the rounds the demo plays, in the group’s language', () => {
    const copy = programmeFromTemplate(selfConfidence, 'zh-CN');
    const p = demoProgramme(copy, SESSION_SCRIPTS, '自信心成长（演示，两节）');
    expect(p.templateId).toBe('self-confidence');
    expect(p.sessions.map((s) => s.title)).toEqual(['相互认识', '突破自我']);
    expect(p.sessions.map((s) => s.rounds.map((r) => r.activity))).toEqual([
      ['checkin', 'spotlight', 'pass-star', 'build-together'],
      ['spotlight', 'pass-star', 'build-together', 'strength-garden', 'checkin'],
    ]);
    expect(p.sessions[0]!.rounds[0]!.settings).toMatchObject({ instrument: 'rses' });
    expect(p.sessions[1]!.rounds[4]!.settings).toMatchObject({ instrument: 'rses' });
    expect(p.sessions[1]!.rounds[1]!.settings).toMatchObject({ firstHolder: 'facilitator', prompt: 'say-thrower' });
    expect(p.sessions[0]!.rounds[0]!.note).toBe(copy.sessions[0]!.rounds[0]!.note);
    // A template whose rounds moved is refused, not played out of step with the plan.
    const moved = { ...copy, sessions: copy.sessions.map((s, i) => (i === 3 ? { ...s, rounds: [...s.rounds].reverse() } : s)) };
    expect(() => demoProgramme(moved, SESSION_SCRIPTS, 'x')).toThrow(/not spotlight/);
  });
});
