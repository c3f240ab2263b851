// A tablet's first load is the shell only: activity views and their pictures arrive once the child is seated.
import { describe, expect, it } from 'vitest';
import { ACTIVITY_IDS } from '../../shared/activities/registry';
import type { ConsoleView } from '../../shared/session/views';
import { useStage } from '../support/e2e-stage';
import { LiveClient } from '../support/live-client';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-first-load-');

/** Script files of the page whose name starts with an activity's id (each activity's tablet view is its own chunk). */
const activityScripts = (urls: readonly string[]) => urls.filter((u) => ACTIVITY_IDS.some((id) => new RegExp(`/assets/${id}-[^/]+\\.js$`).test(u)));

describe('tablet first load', () => {
  it('fetches no activity before seating, every activity once seated, and shows a round from what it fetched', async () => {
    const staff = new StaffClient(stage.srv.url);
    await staff.setup(stage.srv.setupCode);
    const { group, children } = await staff.groupWithChildren('First load', [['Mimi', 'cat']], true);
    const session = await staff.startSession(group.id);

    const tablet = await stage.devices.open({ locale: 'en-US', width: 1024, height: 768 });
    const fetched: string[] = [];
    tablet.on('request', (r) => fetched.push(r.url()));
    await tablet.goto(`${stage.srv.url}/j/${session.code}`);
    await tablet.locator(`[data-testid="choose-avatar"][data-child-id="${children[0]!.id}"]`).waitFor();
    expect(activityScripts(fetched)).toEqual([]);

    await tablet.locator(`[data-testid="choose-avatar"][data-child-id="${children[0]!.id}"]`).click();
    await tablet.getByTestId('seated').waitFor();
    // Once seated every activity is fetched in the background (so a round never waits on the network).
    await expect
      .poll(() => new Set(activityScripts(fetched).map((u) => ACTIVITY_IDS.find((id) => u.includes(`/assets/${id}-`)))).size, { timeout: 15_000 })
      .toBe(ACTIVITY_IDS.length);

    const live = new LiveClient<ConsoleView>(stage.srv.url, { role: 'console', sessionId: session.id }, { cookie: staff.cookie });
    try {
      expect(await live.send({ type: 'round.start', activity: 'build-together' })).toMatchObject({ ok: true });
      await tablet.locator('[data-testid="activity"][data-activity="build-together"]').waitFor();
    } finally {
      live.close();
    }
  });
});
