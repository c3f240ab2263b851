// The research exports of a group: per-child per-session measures and check-in answers (+ SPSS syntax); events.csv is in events-export.ts.
import { instrumentResponseOf } from '../../shared/activities/registry';
import type { InstrumentResponse } from '../../shared/instruments/response';
import { toCsv, type Column } from '../../shared/export/csv';
import { spssSyntax, type SpssVariable } from '../../shared/export/spss';
import { participation, type ChildParticipation } from '../../shared/metrics';
import { localDate } from '../../shared/review/local-time';
import type { Child } from '../store/groups-repo';
import type { SessionLog } from './group-logs';

/** Only children whose guardians consented to research export; everyone else is left out of every file. */
export function consented(children: readonly Child[]): Map<string, string> {
  // An erased child has neither code nor consent left to honour.
  return new Map(children.filter((c) => c.consent.research && !c.erased).map((c) => [c.id, c.code]));
}

interface MeasureRow extends ChildParticipation {
  code: string;
  session: number;
  date: string;
}

interface Measure {
  name: string;
  label: string;
  format: SpssVariable['format'];
  value: (r: MeasureRow) => number | string | null;
  values?: SpssVariable['values'];
}

const seconds = (ms: number) => Math.round(ms) / 1000;
const count = (key: keyof ChildParticipation, name: string, label: string, format: SpssVariable['format'] = 'F4.0'): Measure => ({
  name,
  label,
  format,
  value: (r) => r[key] as number | null,
});

const MEASURES: Measure[] = [
  { name: 'code', label: "Child's pseudonymous code", format: 'A12', value: (r) => r.code },
  { name: 'session', label: 'Session number in the group', format: 'F3.0', value: (r) => r.session },
  { name: 'date', label: 'Session date (YYYY-MM-DD, {zone})', format: 'A10', value: (r) => r.date },
  { ...count('attendance', 'attendance', 'Attended (1 = yes)', 'F1.0'), values: { 0: 'absent', 1: 'attended' } },
  count('turns', 'turns', 'Turns (presentations + passes + star holds + pieces)'),
  count('presentations', 'presentations', 'Spotlight presentations'),
  count('passes', 'passes', 'Spotlight passes'),
  count('starHolds', 'star_holds', 'Times holding the star'),
  count('piecesPlaced', 'pieces_placed', 'Build Together pieces placed'),
  // MEASURES §2: airtime is presenting only. Renamed from airtime_ms when holding the star left it, so an old
  // file (which added the two) cannot be merged with a new one by mistake.
  { name: 'airtime_s', label: 'Airtime: Spotlight presenting (seconds)', format: 'F9.3', value: (r) => seconds(r.airtimeMs) },
  { name: 'star_hold_s', label: 'Holding the star in Pass the Star (seconds; not airtime)', format: 'F9.3', value: (r) => seconds(r.holdingMs) },
  count('medianLatencyMs', 'median_latency_ms', 'Median response latency (ms)', 'F9.0'),
  count('starPassesGiven', 'star_passes_given', 'Star passes given'),
  count('starPassesReceived', 'star_passes_received', 'Star passes received'),
  count('reactionsGiven', 'reactions_given', 'Reactions given', 'F5.0'),
  count('reactionsReceived', 'reactions_received', 'Reactions received', 'F5.0'),
  count('waves', 'waves', 'Waves', 'F5.0'),
];

/** `timeZone`: the centre's, so a session's date is the day it was held there (not the UTC day). */
export function measuresCsv(logs: readonly SessionLog[], codes: ReadonlyMap<string, string>, timeZone: string): string {
  const rows: MeasureRow[] = [];
  logs.forEach(({ session, events }, i) => {
    for (const c of participation(events, [...codes.keys()]).children) {
      const code = codes.get(c.childId);
      if (code) rows.push({ ...c, code, session: i + 1, date: localDate(session.startedAt, timeZone) });
    }
  });
  return toCsv(
    MEASURES.map((m) => ({ name: m.name, value: m.value })),
    rows,
  );
}

export function measuresSps(csvName: string, timeZone: string): string {
  return spssSyntax(
    csvName,
    MEASURES.map(({ name, label, format, values }) => ({ name, label: label.replace('{zone}', timeZone), format, ...(values ? { values } : {}) })),
    'Circletime: participation per child and session',
  );
}

const STATUS = { finished: 1, partial: 2, declined: 3, 'no-answer': 4 } as const;

interface CheckinRow {
  code: string;
  session: number;
  r: InstrumentResponse;
}

/** One row per response to one instrument: status, total, then each item's score (after reversal). */
export function checkinsCsv(
  logs: readonly SessionLog[],
  codes: ReadonlyMap<string, string>,
  instrumentId: string,
): { csv: string; sps: (name: string) => string } {
  const rows: CheckinRow[] = [];
  const itemIds: string[] = [];
  logs.forEach(({ events }, i) => {
    for (const e of events) {
      const r = instrumentResponseOf(e.type, e.payload);
      if (r?.instrumentId !== instrumentId) continue;
      const code = codes.get(r.childId);
      if (!code) continue;
      rows.push({ code, session: i + 1, r });
      for (const id of Object.keys(r.answers)) if (!itemIds.includes(id)) itemIds.push(id);
    }
  });
  const item = (id: string) => `item_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
  const columns: Column<CheckinRow>[] = [
    { name: 'code', value: (x) => x.code },
    { name: 'session', value: (x) => x.session },
    { name: 'instrument', value: (x) => x.r.instrumentId },
    { name: 'version', value: (x) => x.r.version },
    { name: 'status', value: (x) => STATUS[x.r.status] },
    { name: 'language', value: (x) => x.r.language ?? '' },
    { name: 'total', value: (x) => x.r.total },
    ...itemIds.map((id) => ({ name: item(id), value: (x: CheckinRow) => x.r.itemScores[id] ?? null })),
  ];
  const vars: SpssVariable[] = [
    { name: 'code', format: 'A12', label: "Child's pseudonymous code" },
    { name: 'session', format: 'F3.0', label: 'Session number in the group' },
    { name: 'instrument', format: 'A48', label: 'Instrument id' },
    { name: 'version', format: 'A64', label: 'Instrument version' },
    { name: 'status', format: 'F1.0', label: 'Check-in status', values: { 1: 'finished', 2: 'partial (round ended)', 3: 'declined', 4: 'no answer' } },
    { name: 'language', format: 'A5', label: 'Language the child answered in' },
    { name: 'total', format: 'F4.0', label: 'Total score (empty unless every item was answered)' },
    ...itemIds.map((id): SpssVariable => ({ name: item(id), format: 'F2.0', label: `Item ${id} score after reversal (empty = skipped)` })),
  ];
  return { csv: toCsv(columns, rows), sps: (name) => spssSyntax(name, vars, `Circletime: ${instrumentId} check-ins`) };
}
