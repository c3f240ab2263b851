// Plain descriptions of an instrument for staff: its answers ("3 faces"), its ages, its kind, its validation per language.
import { fill } from '../../../shared/i18n';
import type { Instrument } from '../../../shared/instruments/schema';
import type { Language } from '../../../shared/session/roster';
import { t } from '../../common/i18n';

type Validation = Instrument['validation'][Language];

/** "3 faces" / "4 thumbs": what a child sees, which tells the variants apart better than an id. */
export function answersText(options: Pick<Instrument['options'][number], 'picture'>[]): string {
  const tt = t().consolePage.instruments.describe.answers;
  const all = (prefix: string) => options.every((o) => o.picture.startsWith(prefix));
  const template = all('face-') ? tt.faces : all('thumbs-') ? tt.thumbs : tt.other;
  return fill(template, { n: options.length });
}

export function agesText(band: Instrument['ageBand']): string {
  const tt = t().consolePage.instruments.describe;
  // The scales say "up to 99": for staff that reads better as "8+".
  return band.max >= 18 ? fill(tt.agesFrom, { min: band.min }) : fill(tt.ages, { min: band.min, max: band.max });
}

export function validationText(status: Validation): string {
  return t().consolePage.instruments.describe.validation[status];
}

/** "daily check-in" / "scale (before / after)". */
export function kindText(kind: Instrument['kind']): string {
  return t().consolePage.instruments.describe.kinds[kind];
}
