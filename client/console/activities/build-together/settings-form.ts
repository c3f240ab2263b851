// Build Together settings on the console: which picture, everyone at once or taking turns, and help hints.
import * as v from 'valibot';
import { DESIGNS, DESIGN_IDS, type DesignId } from '../../../../shared/activities/build-together/designs';
import { BuildTogetherSettingsSchema, TURN_MODES, type BuildTogetherSettings, type TurnMode } from '../../../../shared/activities/build-together/settings';
import { fill } from '../../../../shared/i18n';
import { h } from '../../../common/dom';
import { lang, t } from '../../../common/i18n';
import { field, select } from '../../views/ui';
import { checkField } from '../form-bits';
import type { PlanSettings } from '../types';

export function buildSettings(raw: unknown): BuildTogetherSettings {
  const r = v.safeParse(BuildTogetherSettingsSchema, raw ?? {});
  return r.success ? r.output : v.parse(BuildTogetherSettingsSchema, {});
}

export function buildSummary(raw: unknown): string[] {
  const tt = t().consolePage.build.summary;
  const s = buildSettings(raw);
  return [DESIGNS[s.design].name[lang()], tt[s.turnMode], s.showHints ? tt.hintsOn : tt.hintsOff];
}

export function buildFields(settings: PlanSettings, set: (next: PlanSettings) => void): HTMLElement[] {
  const tt = t().consolePage.build;
  let cur = buildSettings(settings);
  const change = (patch: Partial<BuildTogetherSettings>) => {
    cur = { ...cur, ...patch };
    set({ ...cur });
  };
  // The piece count helps pick a picture that fits the group's size (every design has 24–30 places).
  const designs = DESIGN_IDS.map((id) => ({ value: id, label: `${DESIGNS[id].name[lang()]} · ${fill(tt.pieces, { n: DESIGNS[id].slots.length })}` }));
  const design = select<DesignId>('build-design-select', designs, cur.design);
  design.addEventListener('change', () => change({ design: design.value as DesignId }));
  const mode = select<TurnMode>(
    'build-turn-mode-select',
    TURN_MODES.map((m) => ({ value: m, label: tt.turnModes[m] })),
    cur.turnMode,
  );
  mode.addEventListener('change', () => change({ turnMode: mode.value as TurnMode }));
  return [
    field(tt.design, design),
    field(tt.turnMode, mode),
    h(
      'div',
      { className: 'field' },
      checkField('build-hints-toggle', tt.hints, cur.showHints, (on) => change({ showHints: on })),
      h('span', { className: 'field-hint' }, tt.hintsHint),
    ),
  ];
}
