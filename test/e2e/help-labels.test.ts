// End to end in real Chromium: Build Together's help cards on the screen keep long names whole and inside their card, in both languages.
import { describe, expect, it } from 'vitest';
import type { BuildTogetherTablet } from '../../shared/activities/build-together';
import type { ConsoleView, TabletView } from '../../shared/session/views';
import type { LabelBounds } from '../../client/screen/label-bounds';
import { shot } from '../support/browser';
import { useStage } from '../support/e2e-stage';
import { LiveClient, seatToken } from '../support/live-client';
import { StaffClient } from '../support/staff-client';

const stage = useStage('ct-e2e-help-labels-');
// Long names: two ask for help, one helps (the narrowest words on a card), one asks in Chinese.
const KIDS: [string, 'cat' | 'dog' | 'panda' | 'owl'][] = [
  ['Alexandrina', 'cat'],
  ['Christopher', 'dog'],
  ['欧阳诸葛小明', 'panda'],
  ['Bartholomew', 'owl'],
];

/** What is wrong with the labels: outside their room, a word cut in two, or two labels on top of each other. */
function labelProblems(labels: LabelBounds[]): string[] {
  const out: string[] = [];
  for (const l of labels) {
    const [b, t] = [l.box, l.took];
    if (t.x < b.x - 1 || t.y < b.y - 1 || t.x + t.w > b.x + b.w + 1 || t.y + t.h > b.y + b.h + 1)
      out.push(`"${l.text}" leaves its card: ${JSON.stringify(t)} in ${JSON.stringify(b)}`);
    const joined = l.lines.join(' ');
    for (const word of l.text.split(/\s+/).filter((w) => /^[\p{Script=Latin}'-]+[!.]?$/u.test(w))) {
      if (!l.lines.some((line) => line.split(/\s+/).includes(word))) out.push(`"${word}" is broken in "${joined}"`);
    }
    // A child's name is never cut across lines, in either language.
    for (const [name] of KIDS) if (l.text.includes(name) && !l.lines.some((line) => line.includes(name))) out.push(`${name} is cut in "${joined}"`);
    if (t.y < 0 || t.y + t.h > 1080) out.push(`"${l.text}" is off the screen`);
  }
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      const [p, q] = [a.took, b.took];
      if (p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h) out.push(`"${a.text}" overlaps "${b.text}"`);
    }),
  );
  return out;
}

describe('help highlights on the shared screen', () => {
  it('keeps every help label whole, inside its card and apart, for long names in English and Chinese', async () => {
    const { srv, devices } = stage;
    const staff = new StaffClient(srv.url);
    await staff.setup(srv.setupCode);
    const { group, children } = await staff.groupWithChildren('Builders 小工匠', KIDS, true);
    const ids = children.map((c) => c.id);
    const session = await staff.startSession(group.id);
    const sockets: { close(): unknown }[] = [];
    try {
      const tablets = ids.map(() => new LiveClient<TabletView>(srv.url, { role: 'tablet', code: session.code!, seatToken: seatToken() }));
      sockets.push(...tablets.map((t) => t.socket));
      for (const [i, t] of tablets.entries()) {
        await t.until((v) => v.status === 'choosing');
        await t.send({ type: 'seat.claim', childId: ids[i]! });
        await t.until((v) => v.status === 'seated');
      }
      const consoleClient = new LiveClient<ConsoleView>(srv.url, { role: 'console', sessionId: session.id }, { cookie: staff.cookie });
      sockets.push(consoleClient.socket);
      await consoleClient.until((v) => v.seats.length === KIDS.length);
      const screen = await devices.open({ locale: 'en-US', width: 1920, height: 1080 });
      await screen.goto(`${srv.url}${session.screenUrl}`);
      await screen.waitForSelector('body[data-scene-ready="true"]');

      expect(await consoleClient.send({ type: 'round.start', activity: 'build-together' })).toMatchObject({ ok: true });
      const hand = async (i: number) =>
        ((await tablets[i]!.until((v) => ((v.round?.view as BuildTogetherTablet | undefined)?.hand?.length ?? 0) > 0)).round!.view as BuildTogetherTablet).hand;
      // Alexandrina, 欧阳诸葛小明 and Bartholomew ask; Christopher helps Alexandrina.
      for (const i of [0, 2, 3]) expect(await tablets[i]!.send({ type: 'build.ask-help', pieceId: (await hand(i))[0]!.pieceId })).toMatchObject({ ok: true });
      expect(await tablets[1]!.send({ type: 'build.help', to: ids[0]! })).toMatchObject({ ok: true });
      await screen.locator(`[data-testid="screen-build-help"][data-child-id="${ids[0]}"][data-helped-by="${ids[1]}"]`).waitFor({ state: 'attached' });

      for (const lang of ['en', 'zh']) {
        if (lang === 'zh') {
          await screen.getByTestId('screen-lang-toggle').click();
          await screen.waitForFunction(() => document.documentElement.lang === 'zh-CN');
        }
        // The cards as drawn in this language (the labels are redrawn when the words change).
        const word = lang === 'en' ? 'needs help' : '需要帮忙';
        await screen.waitForFunction((w) => (window.__circletime?.labels?.['build-help'] ?? []).filter((l) => l.text.includes(w)).length === 2, word);
        const labels = await screen.evaluate(() => window.__circletime!.labels!['build-help']!);
        expect(labels.length).toBe(3);
        await screen.waitForTimeout(600);
        await shot(screen, `build-help-labels-${lang}`);
        expect(labelProblems(labels)).toEqual([]);
      }
    } finally {
      for (const s of sockets) s.close();
    }
    expect(devices.problems).toEqual([]);
  });
});
