// Instruments as data: the built-in files load, RSES scoring in both item orders, daily check-ins, refusals.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInstruments } from '../../server/instruments/load-instruments';
import { resolveInstrument, instrumentChoices } from '../../shared/instruments/catalog';
import { scoreResponse } from '../../shared/instruments/score';
import type { Instrument } from '../../shared/instruments/schema';
import { InstrumentFileError, parseInstrument } from '../../shared/instruments/validate';

const loaded = loadInstruments(undefined);
const catalog = new Map(loaded.map((l) => [l.instrument.id, l.instrument]));
const get = (id: string): Instrument => catalog.get(id)!;
const all = (ins: Instrument, option: string) => Object.fromEntries(ins.items.map((i) => [i.id, option]));

describe('built-in instruments', () => {
  it('loads the daily check-ins and both RSES orders through the same validation as a worker file', () => {
    expect([...catalog.keys()].sort()).toEqual([
      'daily-3',
      'daily-5',
      'getting-along-3',
      'getting-along-5',
      'rses',
      'rses-1965',
      'screen-time-3',
      'screen-time-5',
    ]);
    for (const l of loaded) expect(parseInstrument(JSON.parse(JSON.stringify(l.instrument)), l.file)).toEqual(l.instrument);
  });

  it('has every text in both languages and a source, licence and validation label', () => {
    for (const ins of catalog.values()) {
      for (const item of ins.items) expect(item.text.en && item.text['zh-CN']).toBeTruthy();
      for (const o of ins.options) expect(o.label.en && o.label['zh-CN']).toBeTruthy();
      expect(ins.source.en.length).toBeGreaterThan(10);
      expect(ins.licence['zh-CN'].length).toBeGreaterThan(5);
    }
  });
});

describe('RSES scoring', () => {
  // Items by 1-based position in each order that are negatively worded (MEASURES §1).
  const orders: [string, number[]][] = [
    ['rses', [3, 5, 8, 9, 10]],
    ['rses-1965', [2, 5, 6, 8, 9]],
  ];
  for (const [id, negative] of orders) {
    describe(id, () => {
      const ins = get(id);
      it(`reverses exactly items ${negative.join(', ')}`, () => {
        expect(ins.items.map((item, i) => (item.reversed ? i + 1 : 0)).filter(Boolean)).toEqual(negative);
      });
      it('scores 3/2/1/0 forward and 0/1/2/3 on every reversed item', () => {
        for (const [index, item] of ins.items.entries()) {
          const reversed = negative.includes(index + 1);
          for (const [option, forward] of [
            ['strongly-agree', 3],
            ['agree', 2],
            ['disagree', 1],
            ['strongly-disagree', 0],
          ] as const) {
            const s = scoreResponse(ins, { ...all(ins, 'agree'), [item.id]: option });
            expect(s.itemScores[item.id], `${item.id} ${option}`).toBe(reversed ? 3 - forward : forward);
          }
        }
      });
      it('totals 0–30: all "strongly agree" gives 15 (5 positive × 3 + 5 negative × 0)', () => {
        expect(scoreResponse(ins, all(ins, 'strongly-agree')).total).toBe(15);
        const best = Object.fromEntries(ins.items.map((i) => [i.id, i.reversed ? 'strongly-disagree' : 'strongly-agree']));
        expect(scoreResponse(ins, best).total).toBe(30);
        const worst = Object.fromEntries(ins.items.map((i) => [i.id, i.reversed ? 'strongly-agree' : 'strongly-disagree']));
        expect(scoreResponse(ins, worst).total).toBe(0);
      });
    });
  }

  it('keeps answers comparable across orders: the same answers by item give the same total', () => {
    const answers = {
      worth: 'agree',
      qualities: 'strongly-agree',
      failure: 'disagree',
      able: 'agree',
      proud: 'agree',
      positive: 'disagree',
      satisfied: 'agree',
      respect: 'strongly-agree',
      useless: 'strongly-disagree',
      'no-good': 'disagree',
    };
    // Positive: 2+3+2+1+2 = 10; negative reversed: failure 2, proud 1, respect 0, useless 3, no-good 2 = 8.
    expect(scoreResponse(get('rses'), answers).total).toBe(18);
    expect(scoreResponse(get('rses-1965'), answers).total).toBe(18);
  });

  it('a partly skipped response has no total, but lists the skipped items and the answered mean', () => {
    const ins = get('rses');
    const s = scoreResponse(ins, { ...all(ins, 'agree'), failure: null, respect: undefined });
    expect(s.complete).toBe(false);
    expect(s.total).toBeNull();
    expect(s.skipped).toEqual(['failure', 'respect']);
    // 8 answered: positive "agree" = 2 each (5 items), negative "agree" reversed = 1 each (proud, useless, no-good).
    expect(s.answeredSum).toBe(13);
    expect(s.answeredMean).toBeCloseTo(13 / 8, 10);
  });

  it('a declined response (nothing answered) skips every item and has no mean', () => {
    const s = scoreResponse(get('rses'), {});
    expect(s.skipped).toHaveLength(10);
    expect(s.total).toBeNull();
    expect(s.answeredMean).toBeNull();
  });
});

describe('daily check-in', () => {
  it('gives 3 faces to a 7–8 group and to a mixed 7–12 group, 5 faces to 9–10 and 11–12', () => {
    expect(resolveInstrument(catalog, 'circletime-daily', '7-8')?.id).toBe('daily-3');
    expect(resolveInstrument(catalog, 'circletime-daily', '7-12')?.id).toBe('daily-3');
    expect(resolveInstrument(catalog, 'circletime-daily', '9-10')?.id).toBe('daily-5');
    expect(resolveInstrument(catalog, 'circletime-daily', '11-12')?.id).toBe('daily-5');
    expect(resolveInstrument(catalog, 'nothing', '9-10')).toBeUndefined();
  });

  it('scores 1–3 per item (total 3–9) for the young, 1–5 (3–15) for the older', () => {
    const d3 = get('daily-3');
    const d5 = get('daily-5');
    expect(d3.options.map((o) => d3.scoring.values[o.id])).toEqual([1, 2, 3]);
    expect(d5.options.map((o) => d5.scoring.values[o.id])).toEqual([1, 2, 3, 4, 5]);
    expect(scoreResponse(d3, { 'like-myself': 'yes-a-lot', 'dared-to-speak': 'a-little', 'got-along': 'not-really' }).total).toBe(6);
    expect(scoreResponse(d5, { 'like-myself': 'yes-a-lot', 'dared-to-speak': 'mostly', 'got-along': 'not-at-all' }).total).toBe(10);
  });

  it('lists one choice per family for the console, daily first', () => {
    const choices = instrumentChoices(catalog, '9-10');
    expect(choices.map((c) => c.request)).toEqual(['circletime-daily', 'circletime-getting-along', 'circletime-screen-time', 'rses', 'rses-1965']);
    expect(choices[0]!.resolved.id).toBe('daily-5');
  });
});

describe("Circletime's own pre/post check-ins (getting along, my screen time)", () => {
  for (const family of ['circletime-getting-along', 'circletime-screen-time']) {
    it(`${family}: 3 faces for 7–8 and mixed groups, 5 faces for 9–12, 5–6 positive items, labelled not a validated scale`, () => {
      expect(resolveInstrument(catalog, family, '7-8')?.options).toHaveLength(3);
      expect(resolveInstrument(catalog, family, '7-12')?.options).toHaveLength(3);
      expect(resolveInstrument(catalog, family, '9-10')?.options).toHaveLength(5);
      expect(resolveInstrument(catalog, family, '11-12')?.options).toHaveLength(5);
      for (const ins of [...catalog.values()].filter((i) => i.family === family)) {
        expect(ins.kind).toBe('scale');
        expect(ins.items.length).toBeGreaterThanOrEqual(5);
        expect(ins.items.length).toBeLessThanOrEqual(6);
        expect(ins.items.every((i) => !i.reversed)).toBe(true);
        expect(ins.validation).toEqual({ en: 'not-a-scale', 'zh-CN': 'not-a-scale' });
        expect(ins.source.en).toContain("Circletime's own, not a validated scale");
        expect(ins.source['zh-CN']).toContain('不是经过验证的量表');
        const n = ins.options.length;
        expect(ins.scoring.total).toEqual({ min: ins.items.length, max: ins.items.length * n });
        expect(scoreResponse(ins, all(ins, ins.options[n - 1]!.id)).total).toBe(ins.items.length * n);
        expect(scoreResponse(ins, all(ins, ins.options[0]!.id)).total).toBe(ins.items.length);
      }
    });
  }
});

describe('malformed instrument files are refused, naming the file and the field', () => {
  const base = (): Record<string, unknown> => JSON.parse(JSON.stringify(get('daily-3')));
  const refusal = (json: unknown): InstrumentFileError => {
    try {
      parseInstrument(json, 'mine.json');
    } catch (err) {
      if (err instanceof InstrumentFileError) return err;
      throw err;
    }
    throw new Error('accepted a malformed instrument');
  };
  const cases: [string, (j: Record<string, unknown>) => void, string][] = [
    ['a missing Chinese item text', (j) => delete (j.items as { text: Record<string, string> }[])[1]!.text['zh-CN'], 'items.1.text.zh-CN'],
    ['an unknown picture', (j) => ((j.options as { picture: string }[])[0]!.picture = 'smiley'), 'options.0.picture'],
    ['a typo in a field name', (j) => ((j as Record<string, unknown>).titel = j.title), 'titel'],
    ['an option without a score', (j) => delete (j.scoring as { values: Record<string, number> }).values['a-little'], 'scoring.values.a-little'],
    ['a wrong total range', (j) => ((j.scoring as { total: { max: number } }).total.max = 10), 'scoring.total'],
    ['a duplicate item id', (j) => ((j.items as { id: string }[])[2]!.id = 'like-myself'), 'items.2.id'],
    ['a wrong format tag', (j) => (j.format = 'v0'), 'format'],
    ['an age band upside down', (j) => (j.ageBand = { min: 12, max: 9 }), 'ageBand.min'],
  ];
  for (const [what, spoil, field] of cases) {
    it(what, () => {
      const json = base();
      spoil(json);
      const err = refusal(json);
      expect(err.file).toBe('mine.json');
      expect(err.field).toBe(field);
      expect(err.message).toContain(`mine.json: ${field}: `);
    });
  }

  it('a worker folder with a bad file stops the load; a good file is added; an id clash is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-ins-'));
    const mine = { ...base(), id: 'my-check', family: undefined };
    delete (mine as Record<string, unknown>).family;
    writeFileSync(join(dir, 'my-check.json'), JSON.stringify(mine));
    expect(loadInstruments(dir).map((l) => l.instrument.id)).toContain('my-check');
    writeFileSync(join(dir, 'clash.json'), JSON.stringify({ ...mine, id: 'rses' }));
    expect(() => loadInstruments(dir)).toThrow(/clash\.json: id: "rses" is already used/);
    writeFileSync(join(dir, 'clash.json'), '{ not json');
    expect(() => loadInstruments(dir)).toThrow(/clash\.json: \(file\): is not valid JSON/);
  });
});
