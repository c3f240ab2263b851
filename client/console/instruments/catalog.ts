// The server's instruments as the console uses them: one request per age band, kept while the page is open.
import type { InstrumentChoice } from '../../../shared/instruments/catalog';
import type { Instrument, LocalText } from '../../../shared/instruments/schema';
import type { AgeBand } from '../../../shared/session/roster';
import { api } from '../../common/api';
import daily3 from '../../../shared/instruments/builtin/daily-3.json';
import daily5 from '../../../shared/instruments/builtin/daily-5.json';
import rses from '../../../shared/instruments/builtin/rses.json';
import rses1965 from '../../../shared/instruments/builtin/rses-1965.json';

/** The built-in instruments' titles, known before any list loads: a plan never shows an instrument's id. */
const BUILTIN: { id: string; family?: string; title: LocalText }[] = [daily3, daily5, rses, rses1965];

export type ServerInstrument = Instrument & { builtin: boolean };

export interface InstrumentsResponse {
  instruments: ServerInstrument[];
  choices: InstrumentChoice[];
}

const requests = new Map<AgeBand, Promise<InstrumentsResponse>>();
let latest: InstrumentsResponse | null = null;

/** The instruments and what this age band would get for each choice; a failed load is tried again next time. */
export function loadInstruments(band: AgeBand): Promise<InstrumentsResponse> {
  const known = requests.get(band);
  if (known) return known;
  const p = api<InstrumentsResponse>('GET', `/instruments?ageBand=${encodeURIComponent(band)}`).then((r) => {
    latest = r;
    return r;
  });
  p.catch(() => requests.delete(band));
  requests.set(band, p);
  return p;
}

/** An instrument's or a family's title, when any list was loaded already (titles do not depend on the band). */
export function knownTitle(request: string): LocalText | undefined {
  const list: { id: string; family?: string | undefined; title: LocalText }[] = [...(latest?.instruments ?? []), ...BUILTIN];
  return (list.find((i) => i.id === request) ?? list.find((i) => i.family === request))?.title;
}
