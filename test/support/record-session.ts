// A short session for the process-record tests: three children, a star round, the getting-along check-in.
import type { ConsoleView, TabletView } from '../../shared/session/views';
import { LiveClient, seatToken } from './live-client';
import type { StaffClient } from './staff-client';

/** A short session: three children, a star round, then the getting-along check-in (one answers, one declines). */
export async function runRecordSession(url: string, staff: StaffClient, groupId: string, ids: string[]): Promise<{ close(): void }[]> {
  const s = await staff.startSession(groupId);
  const consoleClient = new LiveClient<ConsoleView>(url, { role: 'console', sessionId: s.id }, { cookie: staff.cookie });
  const tablets = ids.map(() => new LiveClient<TabletView>(url, { role: 'tablet', code: s.code!, seatToken: seatToken() }));
  await Promise.all(tablets.map((t) => t.until((v) => v.status === 'choosing')));
  await Promise.all(tablets.map((t, i) => t.send({ type: 'seat.claim', childId: ids[i]! })));
  await consoleClient.until((v) => v.seats.every((x) => x.connected));
  await consoleClient.send({ type: 'round.start', activity: 'pass-star', settings: { firstHolder: 'facilitator', everyoneOnce: true } });
  await consoleClient.send({ type: 'star.give', to: ids[0]! });
  await tablets[0]!.send({ type: 'star.pass', to: ids[1]! });
  await consoleClient.send({ type: 'round.end' });
  await consoleClient.send({ type: 'round.start', activity: 'checkin', settings: { instrument: 'circletime-getting-along' } });
  for (const t of tablets) await t.until((v) => v.round?.activity === 'checkin');
  await tablets[0]!.send({ type: 'checkin.assent', yes: true, lang: 'en' });
  for (const id of ['tell-feelings', 'wait-turn', 'calm-down', 'ask-to-join', 'say-sorry', 'see-feelings']) {
    const r = await tablets[0]!.send({ type: 'checkin.answer', itemId: id, option: 'yes-a-lot' });
    if (!(r as { ok: boolean }).ok) throw new Error(`answer ${id}: ${JSON.stringify(r)}`);
  }
  await tablets[1]!.send({ type: 'checkin.assent', yes: false });
  await staff.ok('POST', `/sessions/${s.id}/end`);
  return [consoleClient, ...tablets];
}
