// Spotlight's settings on the console: the deck (named in the page's language), card swaps, the turn guide.
import * as v from 'valibot';
import { fill } from '../../../../shared/i18n';
import { DECK_IDS, DECKS, type DeckId } from '../../../../shared/activities/spotlight/decks';
import { SpotlightSettingsSchema, type SpotlightSettings } from '../../../../shared/activities/spotlight/settings';
import { lang, t } from '../../../common/i18n';
import { field, select } from '../../views/ui';
import { checkField, numberInput, withUnit } from '../form-bits';
import type { PlanSettings } from '../types';

/** Settings with the schema's defaults filled in; anything invalid falls back to the defaults. */
export function spotlightSettings(raw: unknown): SpotlightSettings {
  const r = v.safeParse(SpotlightSettingsSchema, raw ?? {});
  return r.success ? r.output : v.parse(SpotlightSettingsSchema, {});
}

export function spotlightSummary(raw: unknown): string[] {
  const tt = t().consolePage.roundSettings;
  const s = spotlightSettings(raw);
  const chips = [DECKS[s.deck].name[lang()], fill(tt.summary.guide, { n: s.turnSeconds })];
  if (s.allowAnotherCard) chips.push(tt.summary.anotherCard);
  return chips;
}

export function spotlightFields(settings: PlanSettings, set: (next: PlanSettings) => void): HTMLElement[] {
  const tt = t().consolePage.roundSettings;
  let cur: SpotlightSettings = spotlightSettings(settings);
  const change = (patch: Partial<SpotlightSettings>) => {
    cur = { ...cur, ...patch };
    set({ ...cur });
  };
  const deck = select<DeckId>(
    'setting-deck',
    DECK_IDS.map((id) => ({ value: id, label: DECKS[id].name[lang()] })),
    cur.deck,
  );
  deck.addEventListener('change', () => change({ deck: deck.value as DeckId }));
  const seconds = numberInput('setting-turn-seconds', cur.turnSeconds, 15, 600, 5, (n) => change({ turnSeconds: n }));
  return [
    field(tt.deck, deck),
    checkField('setting-another-card', tt.anotherCard, cur.allowAnotherCard, (on) => change({ allowAnotherCard: on })),
    field(tt.turnSeconds, withUnit(seconds, tt.secondsUnit), tt.turnHint),
  ];
}
