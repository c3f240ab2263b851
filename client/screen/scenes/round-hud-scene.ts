// Drawn over any round: a small "Join: 1234" chip so late-comers can still join, and — only when the
// facilitator shows it to children — a calm round-timer bar (no numbers).
import Phaser from 'phaser';
import { fill } from '../../../shared/i18n';
import type { TimerView } from '../../../shared/session/views';
import { langStore } from '../../common/i18n';
import { COLORS, DESIGN_W, textStyle } from '../art/theme';
import { currentRound, screenStore, serverNow, type ScreenState } from '../screen-store';
import { onSceneEnd } from './on-scene-end';

export const ROUND_HUD = 'round-hud';

const BAR = { w: 640, h: 34, y: 46 } as const;

/** How much of the timer is left, 0..1, on the server's clock. */
export function timerLeft(timer: TimerView, now: number): number {
  const remaining = timer.endsAt !== null ? timer.endsAt - now : (timer.pausedRemainingMs ?? 0);
  return Math.min(1, Math.max(0, remaining / Math.max(1, timer.durationMs)));
}

export class RoundHudScene extends Phaser.Scene {
  private chip!: Phaser.GameObjects.Graphics;
  private chipText!: Phaser.GameObjects.Text;
  private bar!: Phaser.GameObjects.Graphics;
  private timer: TimerView | null = null;

  constructor() {
    super(ROUND_HUD);
  }

  create(): void {
    this.timer = null;
    this.chip = this.add.graphics();
    this.chipText = this.add.text(56, 44, '', textStyle(38, COLORS.inkCss, true)).setOrigin(0, 0.5);
    this.bar = this.add.graphics().setAlpha(0);
    const offView = screenStore.subscribe((s) => this.draw(s));
    const offLang = langStore.subscribe(() => this.draw(screenStore.getState()));
    onSceneEnd(this, () => {
      offView();
      offLang();
    });
    this.draw(screenStore.getState());
  }

  private draw(s: ScreenState): void {
    const t = langStore.getState().t.screenPage;
    const view = s.view;
    this.chipText.setText(view ? fill(t.joinChip, { code: view.code }) : '');
    const w = this.chipText.width + 48;
    const g = this.chip.clear();
    g.fillStyle(COLORS.shadow, 0.12);
    g.fillRoundedRect(32, 16 + 5, w, 58, 29);
    g.fillStyle(COLORS.card, 0.96);
    g.fillRoundedRect(32, 16, w, 58, 29);
    g.lineStyle(3, COLORS.tileEdge, 1);
    g.strokeRoundedRect(32, 16, w, 58, 29);
    const timer = currentRound(s)?.timer ?? null;
    if ((timer === null) !== (this.timer === null)) {
      this.tweens.killTweensOf(this.bar);
      this.tweens.add({ targets: this.bar, alpha: timer ? 1 : 0, duration: 500 });
    }
    this.timer = timer;
  }

  override update(): void {
    const timer = this.timer;
    if (!timer) return;
    const left = timerLeft(timer, serverNow());
    const x = (DESIGN_W - BAR.w) / 2;
    const r = BAR.h / 2;
    const g = this.bar.clear();
    g.fillStyle(COLORS.shadow, 0.12);
    g.fillRoundedRect(x - 8, BAR.y - r - 8 + 4, BAR.w + 16, BAR.h + 16, r + 8);
    g.fillStyle(COLORS.card, 0.96);
    g.fillRoundedRect(x - 8, BAR.y - r - 8, BAR.w + 16, BAR.h + 16, r + 8);
    g.fillStyle(0xe7efe9, 1);
    g.fillRoundedRect(x, BAR.y - r, BAR.w, BAR.h, r);
    const fw = Math.max(BAR.h, BAR.w * left);
    if (left > 0) {
      g.fillStyle(0x8fd1a9, 1);
      g.fillRoundedRect(x, BAR.y - r, fw, BAR.h, r);
      g.fillStyle(0xffffff, 0.35);
      g.fillRoundedRect(x + 8, BAR.y - r + 5, Math.max(0, fw - 16), BAR.h * 0.3, BAR.h * 0.15);
    }
    // A little sun rides the end of the bar: something friendly to watch, not a number to fear.
    const sx = x + (left > 0 ? fw - r : r);
    g.fillStyle(0xffd04d, 1);
    g.fillCircle(sx, BAR.y, r + 6);
    g.lineStyle(4, 0xf2a93b, 1);
    g.strokeCircle(sx, BAR.y, r + 6);
  }
}
