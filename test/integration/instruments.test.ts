// Instruments through the real server: the catalog API, read-aloud clips, and a malformed file refusing the start.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstrumentChoice } from '../../shared/instruments/catalog';
import type { Instrument } from '../../shared/instruments/schema';
import { StaffClient } from '../support/staff-client';
import { childServer, inProcessServer, tempDataDir, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let staff: StaffClient;
const dataDir = tempDataDir('ct-instruments-');

beforeAll(async () => {
  // A worker's own instrument and a recorded clip, placed before the start as a worker would.
  const daily = (await import('../../shared/instruments/builtin/daily-5.json', { with: { type: 'json' } })).default as Instrument;
  mkdirSync(join(dataDir, 'instruments'), { recursive: true });
  const { family: _f, ...mine } = { ...daily, id: 'our-feelings', version: '1' };
  writeFileSync(join(dataDir, 'instruments', 'our-feelings.json'), JSON.stringify(mine));
  mkdirSync(join(dataDir, 'clips', 'rses', 'zh-CN'), { recursive: true });
  writeFileSync(join(dataDir, 'clips', 'rses', 'zh-CN', 'worth.mp3'), Buffer.from([0xff, 0xfb, 0x90, 0x00]));
  srv = await inProcessServer(dataDir);
  staff = new StaffClient(srv.url);
  await staff.setup(srv.setupCode);
});
afterAll(() => srv.close());

describe('instruments over HTTP', () => {
  it('lists built-in and worker instruments with their sources to staff only, and the choices for an age band', async () => {
    const anonymous = await fetch(`${srv.url}/api/instruments`);
    expect(anonymous.status).toBe(401);
    const r = await staff.ok<{ instruments: (Instrument & { builtin: boolean })[]; choices: InstrumentChoice[] }>('GET', '/instruments?ageBand=7-8');
    expect(r.instruments.map((i) => [i.id, i.builtin])).toEqual([
      ['daily-3', true],
      ['daily-5', true],
      ['getting-along-3', true],
      ['getting-along-5', true],
      ['rses-1965', true],
      ['rses', true],
      ['screen-time-3', true],
      ['screen-time-5', true],
      ['our-feelings', false],
    ]);
    const rses = r.instruments.find((i) => i.id === 'rses')!;
    expect(rses.source.en).toContain('Rosenberg');
    expect(rses.items[7]!.text['zh-CN']).toBe('我希望我能为自己赢得更多尊重。');
    expect(r.choices[0]).toMatchObject({ request: 'circletime-daily', resolved: { id: 'daily-3' } });
  });

  it('tells tablets which recorded clips exist and serves them', async () => {
    const clips = (await (await fetch(`${srv.url}/api/instruments/rses/clips`)).json()) as Record<string, Record<string, string>>;
    expect(clips).toEqual({ en: {}, 'zh-CN': { worth: '/clips/rses/zh-CN/worth.mp3' } });
    const audio = await fetch(`${srv.url}${clips['zh-CN']!.worth}`);
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/mpeg');
    expect((await fetch(`${srv.url}/clips/rses/zh-CN/nothing.mp3`)).status).toBe(404);
    expect(await (await fetch(`${srv.url}/api/instruments/..%2F..%2Fetc/clips`)).json()).toEqual({ en: {}, 'zh-CN': {} });
  });
});

describe('a malformed instrument file', () => {
  it('stops the start with a message naming the file and the field', async () => {
    const dir = tempDataDir('ct-bad-instrument-');
    mkdirSync(join(dir, 'instruments'));
    const daily = (await import('../../shared/instruments/builtin/daily-3.json', { with: { type: 'json' } })).default as Instrument;
    const broken = { ...daily, id: 'broken', items: daily.items.map((i, n) => (n === 1 ? { ...i, text: { en: i.text.en } } : i)) };
    writeFileSync(join(dir, 'instruments', 'broken.json'), JSON.stringify(broken));
    const start = childServer(dir);
    const err = await start.then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/server exited \(1\)/);
    expect(err?.message).toMatch(/broken\.json: items\.1\.text\.zh-CN: /);
  });
});
