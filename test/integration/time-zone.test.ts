// The centre's time zone (TIMEZONE) in the review payload and the exports, through the real server process.
import { afterAll, describe, expect, it } from 'vitest';
import type { ReviewGroup, ReviewSessionLog } from '../../shared/api/review';
import { playDemo } from '../../scripts/demo/play';
import { csvRows } from '../support/csv';
import { StaffClient } from '../support/staff-client';
import { childServer, killChild, tempDataDir, type ChildServer } from '../support/test-server';

const running: ChildServer[] = [];
afterAll(async () => {
  for (const s of running) await killChild(s);
});

/** The calendar day in a zone, worked out independently of the product's code (en-CA writes YYYY-MM-DD). */
const dayIn = (ms: number, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

async function exported(srv: ChildServer, staff: StaffClient, groupId: string, file: string): Promise<string> {
  const res = await fetch(`${srv.url}/api/review/groups/${groupId}/export/${file}`, { headers: { cookie: staff.cookie } });
  expect(res.status).toBe(200);
  return res.text();
}

describe('time zone', () => {
  it('TIMEZONE sets the zone of the review payload, the export dates and the event times', async () => {
    // UTC+14 all year: its calendar day differs from the UTC one for ten hours of every day.
    const zone = 'Pacific/Kiritimati';
    const srv = await childServer(tempDataDir('ct-tz-'), 0, { TIMEZONE: zone });
    running.push(srv);
    const ADMIN = { username: 'tz-admin', password: 'tz password 1' };
    const demo = await playDemo({ url: srv.url, ...ADMIN, setupCode: srv.setupCode, pace: 0 });
    const staff = new StaffClient(srv.url);
    await staff.login(ADMIN.username, ADMIN.password);
    const review = await staff.ok<ReviewGroup>('GET', `/review/groups/${demo.groupId}`);
    expect(review.timeZone).toBe(zone);
    expect(await staff.ok('GET', '/review/time-zone')).toEqual({ timeZone: zone });

    const measures = csvRows(await exported(srv, staff, demo.groupId, 'measures.csv'));
    for (const s of review.sessions) {
      const dates = new Set(measures.filter((m) => Number(m.session) === s.number).map((m) => m.date));
      expect([...dates], `session ${s.number}`).toEqual([dayIn(s.startedAt, zone)]);
    }
    expect(await exported(srv, staff, demo.groupId, 'measures.sps')).toContain(`date 'Session date (YYYY-MM-DD, ${zone})'`);

    const events = csvRows(await exported(srv, staff, demo.groupId, 'events.csv'));
    const logs = await Promise.all([1, 2].map((n) => staff.ok<ReviewSessionLog>('GET', `/review/groups/${demo.groupId}/sessions/${n}/events`)));
    expect(events.length).toBeGreaterThan(100);
    for (const e of events) {
      expect(e.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+14:00$/);
      const stored = logs[Number(e.session) - 1]!.events.find((x) => x.seq === Number(e.seq))!;
      expect(Date.parse(e.at!), `${e.session}/${e.seq}`).toBe(stored.at);
    }
  });

  it("without TIMEZONE the server's own zone is used; a zone that does not exist stops the start", async () => {
    const srv = await childServer(tempDataDir('ct-tz-'), 0);
    running.push(srv);
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode!);
    const { group } = await staff.groupWithChildren('Zone', [['Mimi', 'cat']]);
    expect((await staff.ok<ReviewGroup>('GET', `/review/groups/${group.id}`)).timeZone).toBe(
      process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    await expect(childServer(tempDataDir('ct-tz-'), 0, { TIMEZONE: 'Mars/Olympus_Mons' })).rejects.toThrow(/TIMEZONE/);
  });
});
