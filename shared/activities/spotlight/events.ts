// Spotlight events: a turn is offered, started or passed, and ended; badges; extensions.
export type SpotlightEvent =
  | { type: 'spotlight.offered'; payload: { childId: string; card: string; by: 'scheduler' | 'staff' } }
  | { type: 'spotlight.card.changed'; payload: { childId: string; card: string } }
  /** "I'm ready": latency is from the offer to this moment. */
  | { type: 'spotlight.started'; payload: { childId: string; latencyMs: number } }
  /** A pass is a turn too (MEASURES §2), logged as a pass and never penalised. */
  | { type: 'spotlight.passed'; payload: { childId: string; latencyMs: number; by: 'child' | 'staff' } }
  | { type: 'spotlight.ended'; payload: { childId: string; durationMs: number; by: 'child' | 'staff' | 'round' } }
  /** The facilitator invited a child to go next (a quiet child); the next offer goes to them. */
  | { type: 'spotlight.invited'; payload: { childId: string } }
  | { type: 'spotlight.badge'; payload: { childId: string; badge: 'brave' } }
  | { type: 'spotlight.extended'; payload: { childId: string; seconds: number } };
