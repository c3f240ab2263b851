// The instruments a server offers, and how a round's request ("the daily check-in") becomes one instrument.
import type { AgeBand } from '../session/roster';
import type { Instrument } from './schema';

export type InstrumentCatalog = ReadonlyMap<string, Instrument>;

/** The youngest and oldest age a group's band covers. */
export function ageRange(band: AgeBand): { min: number; max: number } {
  const [min, max] = band.split('-').map(Number) as [number, number];
  return { min, max };
}

/**
 * The instrument for a request: an instrument id, or a family id resolved by the group's age band.
 * A family picks the member made for the group's youngest children (a 7–12 group gets the 7–8 faces:
 * young children use the extremes of longer scales, older ones manage short scales fine).
 */
export function resolveInstrument(catalog: InstrumentCatalog, request: string, band: AgeBand): Instrument | undefined {
  const direct = catalog.get(request);
  if (direct) return direct;
  const members = [...catalog.values()].filter((i) => i.family === request);
  if (members.length === 0) return undefined;
  const youngest = ageRange(band).min;
  const fits = members.filter((i) => i.ageBand.min <= youngest && youngest <= i.ageBand.max);
  const pool = fits.length > 0 ? fits : members;
  return [...pool].sort((a, b) => a.ageBand.min - b.ageBand.min)[0];
}

/** What the console lists: each family once, plus the instruments outside any family. */
export interface InstrumentChoice {
  request: string;
  title: Instrument['title'];
  kind: Instrument['kind'];
  /** The instrument this group would get for that choice. */
  resolved: { id: string; version: string; items: number; options: number };
}

export function instrumentChoices(catalog: InstrumentCatalog, band: AgeBand): InstrumentChoice[] {
  const requests = new Set<string>();
  for (const ins of catalog.values()) requests.add(ins.family ?? ins.id);
  const out: InstrumentChoice[] = [];
  for (const request of requests) {
    const ins = resolveInstrument(catalog, request, band);
    if (!ins) continue;
    out.push({
      request,
      title: ins.title,
      kind: ins.kind,
      resolved: { id: ins.id, version: ins.version, items: ins.items.length, options: ins.options.length },
    });
  }
  // Daily check-ins first: they are used every session.
  return out.sort((a, b) => (a.kind === b.kind ? a.request.localeCompare(b.request) : a.kind === 'daily' ? -1 : 1));
}
