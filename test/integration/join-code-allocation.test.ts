// Join codes under concurrency: many sessions starting at once get distinct codes; one group gets one session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupDetail, SessionInfo } from '../../shared/api/schemas';
import { join } from 'node:path';
import { openStore } from '../../server/store/database';
import { SessionsRepo } from '../../server/store/sessions-repo';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, tempDataDir, type InProcessServer } from '../support/test-server';

const dataDir = tempDataDir();
let srv: InProcessServer;
let ana: StaffClient;

beforeAll(async () => {
  srv = await inProcessServer(dataDir);
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

  it('a live session’s replaced code is still its own: no live session takes it, until the session ends', async () => {
    // The index itself, beside the running server (the same database): codes chosen, not drawn, so a clash is certain.
    const store = await openStore({ databaseUrl: srv.databaseUrl, sqliteFile: join(dataDir, 'circletime.sqlite') });
    try {
      const repo = new SessionsRepo(store.sql);
      const [a, b, c] = await groups(3, 'Codes');
      const live = (id: string, groupId: string, joinCode: string) =>
        repo.insertLive({ id, groupId, joinCode, previousJoinCode: null, screenToken: `tok-${id}-0123456789`, startedAt: Date.now() }, 'someone');
      // Four codes no live session of the test above uses.
      const used = new Set((await repo.live()).flatMap((r) => [r.joinCode, r.previousJoinCode]));
      const [w, x, y, z] = Array.from({ length: 9000 }, (_, i) => String(1000 + i)).filter((code) => !used.has(code)) as [string, string, string, string];
      expect(await live('s-a', a!.id, w)).toBe('ok');
      expect(await live('s-c', c!.id, y)).toBe('ok');
      expect(await repo.replaceCode('s-a', y)).toBe('code-taken');
      expect(await repo.replaceCode('s-a', w)).toBe('code-taken');
      expect(await repo.replaceCode('s-a', x)).toBe('ok');
      expect(await repo.get('s-a')).toMatchObject({ joinCode: x, previousJoinCode: w });
      // w is s-a's previous code: neither a new session nor another session's new code may take it.
      expect(await live('s-b', b!.id, w)).toBe('code-taken');
      expect(await repo.replaceCode('s-c', w)).toBe('code-taken');
      expect((await repo.liveByPreviousCode(w))?.id).toBe('s-a');
      expect(await repo.liveByCode(w)).toBeUndefined();
      // Ended: both its codes are free again.
      await repo.markEnded('s-a', Date.now());
      expect(await repo.liveByPreviousCode(w)).toBeUndefined();
      expect(await repo.replaceCode('s-a', z)).toBe('not-live');
      expect(await live('s-b', b!.id, w)).toBe('ok');
      expect(await repo.replaceCode('s-c', x)).toBe('ok');
    } finally {
      await store.sql.close();
    }
  });

  it('10 concurrent starts of the same group make one session', async () => {
    const [g] = await groups(1, 'Same');
    const answers = await Promise.all(Array.from({ length: 10 }, () => ana.call<SessionInfo>('POST', `/groups/${g!.id}/sessions`, {})));
    expect(answers.map((a) => a.status).filter((s) => s >= 300)).toEqual([]);
    expect(new Set(answers.map((a) => a.data.id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.data.code)).size).toBe(1);
  });
});
