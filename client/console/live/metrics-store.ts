// State of the live page's participation panel (zustand): the latest metrics message and the tag popover.
import { createStore } from 'zustand/vanilla';
import type { ChildParticipation, ObservationTag, Participation } from '../../../shared/metrics';
import type { MetricsMessage } from '../../../shared/protocol/messages';

export interface MetricsState {
  /** The server's numbers as sent (never recomputed on the page); null until the first message. */
  metrics: Participation | null;
  version: number;
  /** The child whose observation popover is open. */
  tagFor: string | null;
  /** The tag chosen in the open popover, before "save". */
  tagPick: ObservationTag | null;
  /** The note typed so far, kept here so a redrawn seat row does not lose it. */
  tagNote: string;
  /** A tag is being saved: the save button waits for the server. */
  tagSaving: boolean;
}

export type MetricsStore = ReturnType<typeof createMetricsStore>;

export function createMetricsStore() {
  return createStore<MetricsState>(() => ({ metrics: null, version: 0, tagFor: null, tagPick: null, tagNote: '', tagSaving: false }));
}

export function receiveMetrics(store: MetricsStore, m: MetricsMessage): void {
  store.setState({ metrics: m.metrics, version: m.version });
}

/** One child's row of the message, or null before the first message or for a child it does not list. */
export function childMetrics(s: MetricsState, childId: string): ChildParticipation | null {
  return s.metrics?.children.find((c) => c.childId === childId) ?? null;
}

export function openTag(store: MetricsStore, childId: string | null): void {
  store.setState({ tagFor: childId, tagPick: null, tagNote: '', tagSaving: false });
}
