// After erasure or purge the audit trail keeps its entries but no longer names the child's research code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildInfo } from '../../shared/api/schemas';
import { localDate } from '../../shared/privacy/retention-date';
import { queryStore } from '../support/stored-events';
import { StaffClient } from '../support/staff-client';
import { inProcessServer, tempDataDir, type InProcessServer } from '../support/test-server';

let dataDir: string;
let srv: InProcessServer;
let admin: StaffClient;

beforeAll(async () => {
  dataDir = tempDataDir('ct-audit-');
  srv = await inProcessServer(dataDir);
  admin = new StaffClient(srv.url);
  await admin.setup(srv.setupCode);
});
afterAll(() => srv.close());

type Row = { action: string; subject: string | null; detail: string };
const auditRows = () => queryStore<Row>(dataDir, 'SELECT action, subject, detail FROM audit ORDER BY id');
const mentioning = (rows: Row[], code: string) => rows.filter((r) => (r.subject ?? '').includes(code) || r.detail.includes(code));

/** A group whose children each had their consent changed twice (so the audit names each code). */
async function consentedGroup(name: string): Promise<{ groupId: string; children: ChildInfo[] }> {
  const { group, children } = await admin.groupWithChildren(
    name,
    [
      ['Ava', 'cat'],
      ['Bo', 'dog'],
    ],
    true,
  );
  for (const c of children) {
    await admin.ok('PUT', `/groups/${group.id}/children/${c.id}/consent`, { participation: true, research: true });
    await admin.ok('PUT', `/groups/${group.id}/children/${c.id}/consent`, { participation: true, research: false });
  }
  return { groupId: group.id, children };
}

describe('audit subjects', () => {
  it('erasing a child removes their research code from the audit table; the entries stay, other children keep theirs', async () => {
    const { groupId, children } = await consentedGroup('Audit erase');
    const [ava, bo] = children as [ChildInfo, ChildInfo];
    expect(mentioning(await auditRows(), ava.code)).toHaveLength(2);
    const before = (await auditRows()).filter((r) => r.action === 'consent.changed').length;

    expect((await admin.call('POST', `/groups/${groupId}/children/${ava.id}/erase`, {})).status).toBe(200);
    const rows = await auditRows();
    expect(mentioning(rows, ava.code)).toEqual([]);
    expect(rows.filter((r) => r.action === 'consent.changed')).toHaveLength(before);
    expect(mentioning(rows, bo.code)).toHaveLength(2);
  });

  it('purging a group removes its children’s codes from the audit table; the entries stay', async () => {
    const { groupId, children } = await consentedGroup('Audit purge');
    const before = (await auditRows()).filter((r) => r.action === 'consent.changed').length;
    await admin.ok('PUT', `/groups/${groupId}/retention`, { retainUntil: localDate(Date.now() - 86_400_000) });
    expect(await srv.server.dataControls.purgeExpired()).toHaveLength(1);
    const rows = await auditRows();
    for (const c of children) expect(mentioning(rows, c.code)).toEqual([]);
    expect(rows.filter((r) => r.action === 'consent.changed')).toHaveLength(before);
  });
});
