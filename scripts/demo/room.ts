// A live demo session: the console and one simulated tablet per child who came, seated through the real join flow.
import { randomBytes } from 'node:crypto';
import type { SessionInfo } from '../../shared/api/schemas';
import type { ObservationTag } from '../../shared/session/observations';
import type { ConsoleView, TabletView } from '../../shared/session/views';
import type { ActivityId } from '../../shared/activities/registry';
import { DemoError } from './errors';
import { LivePeer } from './live-peer';
import type { DemoChild } from './roster';

export class DemoRoom {
  readonly tablets = new Map<string, LivePeer<TabletView>>();
  /** Observation tags the console logged, for the summary. */
  readonly tags: { child: DemoChild; tag: ObservationTag }[] = [];

  private constructor(
    readonly url: string,
    readonly session: SessionInfo,
    readonly console: LivePeer<ConsoleView>,
    /** Child id on the server, by demo key. */
    readonly ids: ReadonlyMap<string, string>,
  ) {}

  /** The facilitator opens the session on the console and waits for the programme's plan to appear. */
  static async open(url: string, session: SessionInfo, cookie: string, ids: ReadonlyMap<string, string>): Promise<DemoRoom> {
    const consolePeer = new LivePeer<ConsoleView>(url, 'console', { role: 'console', sessionId: session.id }, cookie);
    await consolePeer.until('the session plan', (v) => v.plan.length > 0);
    return new DemoRoom(url, session, consolePeer, ids);
  }

  id(child: DemoChild): string {
    const id = this.ids.get(child.key);
    if (!id) throw new DemoError(`${child.nickname} is not on the roster`);
    return id;
  }

  tablet(child: DemoChild): LivePeer<TabletView> {
    const t = this.tablets.get(child.key);
    if (!t) throw new DemoError(`${child.nickname} has no tablet in this session`);
    return t;
  }

  /**
   * Each child's tablet opens the join page with the session's code, the child taps their avatar, and the
   * console approves the request (or the session lets them in by itself when auto-approve is on).
   */
  async seat(children: readonly DemoChild[]): Promise<void> {
    const code = this.session.code;
    if (!code) throw new DemoError('the session has no join code');
    for (const child of children) {
      const tablet = new LivePeer<TabletView>(this.url, `${child.nickname}'s tablet`, { role: 'tablet', code, seatToken: randomBytes(16).toString('hex') });
      this.tablets.set(child.key, tablet);
      const id = this.id(child);
      await tablet.until('the avatars to choose from', (v) => v.status === 'choosing' && v.choices.some((c) => c.childId === id && c.available));
      await tablet.send({ type: 'seat.claim', childId: id });
      if (!this.console.latest?.autoApprove) {
        await this.console.until(`a seat request from ${child.nickname}`, (v) => v.seats.some((s) => s.childId === id && s.requestedAt !== null));
        await this.console.send({ type: 'seat.approve', childId: id });
      }
      await tablet.until('a seat', (v) => v.status === 'seated');
    }
    await this.console.until('every tablet seated', (v) => children.every((c) => v.seats.some((s) => s.childId === this.id(c) && s.seated && s.connected)));
  }

  /** Starts the plan's round `planIndex` (its activity and settings as planned) and returns the round's number. */
  async startPlanned(planIndex: number, activity: ActivityId): Promise<number> {
    const planned = this.console.latest?.plan[planIndex];
    if (planned?.activity !== activity) throw new DemoError(`round ${planIndex + 1} of the plan is ${planned?.activity ?? 'missing'}, not ${activity}`);
    await this.console.send({ type: 'round.start', activity, planIndex });
    const v = await this.console.until(
      `round ${planIndex + 1} of the plan running`,
      (x) => x.round?.planIndex === planIndex || x.roundsDone.some((r) => r.planIndex === planIndex),
    );
    return v.round?.planIndex === planIndex ? v.round.number : v.roundsDone.find((r) => r.planIndex === planIndex)!.number;
  }

  /** Waits until round `number` has ended (by itself or by the facilitator). */
  async roundClosed(number: number): Promise<void> {
    await this.console.until(`round ${number} ended`, (v) => v.roundsDone.some((r) => r.number === number));
  }

  /** The facilitator ends the round (activities that never end by themselves). */
  async endRound(number: number): Promise<void> {
    await this.console.send({ type: 'round.end' });
    await this.roundClosed(number);
  }

  /** The facilitator's quick observation tag on a child (only the console and the review ever see it). */
  async tag(child: DemoChild, tag: ObservationTag, note?: string): Promise<void> {
    const id = this.id(child);
    const before = this.console.latest?.observations.length ?? 0;
    await this.console.send({ type: 'observation.tag', childId: id, tag, ...(note ? { note } : {}) });
    await this.console.until(`the tag on ${child.nickname}`, (v) => v.observations.length > before);
    this.tags.push({ child, tag });
  }

  /** Marks every link as about to close: ending the session disconnects them all. */
  expectEnd(): void {
    this.console.expectClose();
    for (const t of this.tablets.values()) t.expectClose();
  }

  close(): void {
    this.console.close();
    for (const t of this.tablets.values()) t.close();
  }
}
