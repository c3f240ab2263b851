// Pass the Star's settings on the console: first holder, "everyone once", and the receiver's prompt.
import * as v from 'valibot';
import { PassStarSettingsSchema, STAR_PROMPTS, type PassStarSettings, type StarPrompt } from '../../../../shared/activities/pass-star/settings';
import { t } from '../../../common/i18n';
import { field, select } from '../../views/ui';
import { checkField } from '../form-bits';
import type { PlanSettings } from '../types';

type FirstHolder = PassStarSettings['firstHolder'];

export function passStarSettings(raw: unknown): PassStarSettings {
  const r = v.safeParse(PassStarSettingsSchema, raw ?? {});
  return r.success ? r.output : v.parse(PassStarSettingsSchema, {});
}

export function passStarSummary(raw: unknown): string[] {
  const tt = t().consolePage.roundSettings;
  const s = passStarSettings(raw);
  const chips = [tt.firstHolders[s.firstHolder]];
  if (s.everyoneOnce) chips.push(tt.summary.everyoneOnce);
  if (s.prompt !== 'none') chips.push(tt.prompts[s.prompt]);
  return chips;
}

export function passStarFields(settings: PlanSettings, set: (next: PlanSettings) => void): HTMLElement[] {
  const tt = t().consolePage.roundSettings;
  let cur = passStarSettings(settings);
  const change = (patch: Partial<PassStarSettings>) => {
    cur = { ...cur, ...patch };
    set({ ...cur });
  };
  const holders: FirstHolder[] = ['random', 'facilitator'];
  const first = select<FirstHolder>(
    'setting-first-holder',
    holders.map((id) => ({ value: id, label: tt.firstHolders[id] })),
    cur.firstHolder,
  );
  first.addEventListener('change', () => change({ firstHolder: first.value as FirstHolder }));
  const prompt = select<StarPrompt>(
    'setting-prompt',
    STAR_PROMPTS.map((id) => ({ value: id, label: tt.prompts[id] })),
    cur.prompt,
  );
  prompt.addEventListener('change', () => change({ prompt: prompt.value as StarPrompt }));
  return [
    field(tt.firstHolder, first),
    checkField('setting-everyone-once', tt.everyoneOnce, cur.everyoneOnce, (on) => change({ everyoneOnce: on })),
    field(tt.prompt, prompt),
  ];
}
