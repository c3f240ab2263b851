// Strength Garden settings on the console: how many strengths a child picks for themselves, and the per-friend cap.
import * as v from 'valibot';
import { StrengthGardenSettingsSchema, type StrengthGardenSettings } from '../../../../shared/activities/strength-garden/settings';
import { fill } from '../../../../shared/i18n';
import { t } from '../../../common/i18n';
import { field, select } from '../../views/ui';
import type { PlanSettings } from '../types';

const MAX_PICKS = [1, 2, 3] as const;
const CAPS = [1, 2, 3, 4, 5] as const;

export function gardenSettings(raw: unknown): StrengthGardenSettings {
  const r = v.safeParse(StrengthGardenSettingsSchema, raw ?? {});
  return r.success ? r.output : v.parse(StrengthGardenSettingsSchema, {});
}

export function gardenSummary(raw: unknown): string[] {
  const tt = t().consolePage.garden.summary;
  const s = gardenSettings(raw);
  return [fill(tt.picks, { n: s.maxSelfPicks }), fill(tt.cap, { n: s.perPeerCap })];
}

export function gardenFields(settings: PlanSettings, set: (next: PlanSettings) => void): HTMLElement[] {
  const tt = t().consolePage.garden;
  let cur = gardenSettings(settings);
  const change = (patch: Partial<StrengthGardenSettings>) => {
    cur = { ...cur, ...patch };
    set({ ...cur });
  };
  const picks = select(
    'garden-max-picks',
    MAX_PICKS.map((n) => ({ value: String(n), label: fill(tt.maxPicksOption, { n }) })),
    String(cur.maxSelfPicks),
  );
  picks.addEventListener('change', () => change({ maxSelfPicks: Number(picks.value) }));
  const cap = select(
    'garden-per-friend-cap',
    CAPS.map((n) => ({ value: String(n), label: fill(tt.perPeerCapOption, { n }) })),
    String(cur.perPeerCap),
  );
  cap.addEventListener('change', () => change({ perPeerCap: Number(cap.value) }));
  return [field(tt.maxPicks, picks), field(tt.perPeerCap, cap, tt.perPeerCapHint)];
}
