// Join codes under concurrency: many sessions starting at once get distinct codes; one group gets one session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupDetail, SessionInfo } from '../../shared/api/schemas';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, type InProcessServer } from '../support/test-server';

let srv: InProcessServer;
let ana: StaffClient;

beforeAll(async () => {
  srv = await inProcessServer();
  ana = new StaffClient(srv.url);
  await ana.setup(srv.setupCode);
});
afterAll(async () => srv.close());

async function groups(n: number, prefix: string): Promise<GroupDetail[]> {
  const made: GroupDetail[] = [];
  for (let i = 0; i < n; i++) {
    const { group, children } = await ana.groupWithChildren(`${prefix} ${i}`, [['Mimi', 'cat']], true);
    // Guardian consent to take part, so a start is not held for the facilitator's confirmation.
    for (const c of children) await ana.ok('PUT', `/groups/${group.id}/children/${c.id}/consent`, { participation: true, research: false });
    made.push(group);
  }
  return made;
}

describe('join code allocation', () => {
  it('3 waves of 100 concurrent starts (4-digit codes): no error, every live code distinct', async () => {
    const codes: string[] = [];
    // 300 live codes out of 9,000 make clashes between concurrent draws likely (about 5 expected): each must retry.
    for (let wave = 0; wave < 3; wave++) {
      const gs = await groups(100, `Wave ${wave}`);
      const answers = await Promise.all(gs.map((g) => ana.call<SessionInfo>('POST', `/groups/${g.id}/sessions`, {})));
      expect(answers.map((a) => a.status).filter((s) => s >= 300)).toEqual([]);
      codes.push(...answers.map((a) => a.data.code!));
    }
    expect(codes.every((c) => /^[1-9]\d{3}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(300);
  }, 120_000);

  it('10 concurrent starts of the same group make one session', async () => {
    const [g] = await groups(1, 'Same');
    const answers = await Promise.all(Array.from({ length: 10 }, () => ana.call<SessionInfo>('POST', `/groups/${g!.id}/sessions`, {})));
    expect(answers.map((a) => a.status).filter((s) => s >= 300)).toEqual([]);
    expect(new Set(answers.map((a) => a.data.id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.data.code)).size).toBe(1);
  });
});
