// The research exports of a group: per-child per-session measures, check-in answers, the event log (+ SPSS syntax).
import type { CheckinResponse } from '../../shared/activities/checkin';
import { toCsv, type Column } from '../../shared/export/csv';
import { spssSyntax, type SpssVariable } from '../../shared/export/spss';
import { participation, type ChildParticipation } from '../../shared/metrics';
import type { Child } from '../store/groups-repo';
import type { SessionLog } from './group-logs';

/** Only children whose guardians consented to research export; everyone else is left out of every file. */
export function consented(children: readonly Child[]): Map<string, string> {
  return new Map(children.filter((c) => c.consent.research).map((c) => [c.id, c.code]));
}

interface MeasureRow extends ChildParticipation {
  code: string;
  session: number;
  date: string;
}

const MEASURES: [keyof ChildParticipation | 'code' | 'session' | 'date', string, SpssVariable['format']][] = [
  ['code', "Child's pseudonymous code", 'A12'],
  ['session', 'Session number in the group', 'F3.0'],
  ['date', 'Session date (YYYY-MM-DD)', 'A10'],
  ['attendance', 'Attended (1 = yes)', 'F1.0'],
  ['turns', 'Turns (presentations + passes + star holds + pieces)', 'F4.0'],
  ['presentations', 'Spotlight presentations', 'F4.0'],
  ['passes', 'Spotlight passes', 'F4.0'],
  ['starHolds', 'Times holding the star', 'F4.0'],
  ['piecesPlaced', 'Build Together pieces placed', 'F4.0'],
  ['airtimeMs', 'Airtime (ms)', 'F9.0'],
  ['medianLatencyMs', 'Median response latency (ms)', 'F9.0'],
  ['starPassesGiven', 'Star passes given', 'F4.0'],
  ['starPassesReceived', 'Star passes received', 'F4.0'],
  ['reactionsGiven', 'Reactions given', 'F5.0'],
  ['reactionsReceived', 'Reactions received', 'F5.0'],
  ['waves', 'Waves', 'F5.0'],
];

const varName = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function measuresCsv(logs: readonly SessionLog[], codes: ReadonlyMap<string, string>): string {
  const rows: MeasureRow[] = [];
  logs.forEach(({ session, events }, i) => {
    for (const c of participation(events, [...codes.keys()]).children) {
      const code = codes.get(c.childId);
      if (code) rows.push({ ...c, code, session: i + 1, date: new Date(session.startedAt).toISOString().slice(0, 10) });
    }
  });
  const columns: Column<MeasureRow>[] = MEASURES.map(([key]) => ({ name: varName(key), value: (r) => r[key] as number | string | null }));
  return toCsv(columns, rows);
}

export function measuresSps(csvName: string): string {
  return spssSyntax(
    csvName,
    MEASURES.map(([key, label, format]) => ({ name: varName(key), label, format, ...(key === 'attendance' ? { values: { 0: 'absent', 1: 'attended' } } : {}) })),
    'Circletime: participation per child and session',
  );
}

const STATUS = { finished: 1, partial: 2, declined: 3, 'no-answer': 4 } as const;

interface CheckinRow {
  code: string;
  session: number;
  r: CheckinResponse;
}

/** One row per response to one instrument: status, total, then each item's score (after reversal). */
export function checkinsCsv(logs: readonly SessionLog[], codes: ReadonlyMap<string, string>, instrumentId: string): { csv: string; sps: (name: string) => string } {
  const rows: CheckinRow[] = [];
  const itemIds: string[] = [];
  logs.forEach(({ events }, i) => {
    for (const e of events) {
      if (e.type !== 'checkin.response' || e.payload.instrumentId !== instrumentId) continue;
      const code = codes.get(e.payload.childId);
      if (!code) continue;
      rows.push({ code, session: i + 1, r: e.payload });
      for (const id of Object.keys(e.payload.answers)) if (!itemIds.includes(id)) itemIds.push(id);
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

/** The event log with child ids as codes; events that name a child without research consent are left out. */
export function eventsCsv(logs: readonly SessionLog[], codes: ReadonlyMap<string, string>, everyChildId: ReadonlySet<string>): string {
  interface Row {
    session: number;
    seq: number;
    at: string;
    type: string;
    actor: string;
    payload: string;
  }
  const rows: Row[] = [];
  logs.forEach(({ events }, i) => {
    for (const e of events) {
      // Device hashes identify a tablet, not a child's participation: they never leave the server.
      const { deviceHash: _device, ...payload } = e.payload as Record<string, unknown>;
      let json = JSON.stringify(payload);
      // Children are replaced by their codes; nicknames (in the roster snapshots) never leave.
      if (e.type === 'session.started' || e.type === 'roster.synced') json = JSON.stringify({ children: [...codes.values()] });
      let excluded = false;
      json = json.replace(/"([A-Za-z0-9_-]{8,})"/g, (m, id: string) => {
        if (!everyChildId.has(id)) return m;
        const code = codes.get(id);
        if (!code) excluded = true;
        return JSON.stringify(code ?? '');
      });
      const actor = e.actor.kind === 'seat' ? (codes.get(e.actor.childId) ?? null) : e.actor.kind;
      if (excluded || actor === null) continue;
      rows.push({ session: i + 1, seq: e.seq, at: new Date(e.at).toISOString(), type: e.type, actor, payload: json });
    }
  });
  return toCsv<Row>(
    [
      { name: 'session', value: (r) => r.session },
      { name: 'seq', value: (r) => r.seq },
      { name: 'at', value: (r) => r.at },
      { name: 'type', value: (r) => r.type },
      { name: 'actor', value: (r) => r.actor },
      { name: 'payload', value: (r) => r.payload },
    ],
    rows,
  );
}
