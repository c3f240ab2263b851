// Build Together events: dealing pieces, placing them, help asked and given, turns offered and passed, completion.
export type BuildDealReason = 'start' | 'joined' | 'left';

export type BuildTogetherEvent =
  /** Every present child's whole hand after the deal (replaces the previous hands). */
  | { type: 'build.dealt'; payload: { hands: Record<string, string[]>; reason: BuildDealReason } }
  /** A turn (MEASURES §2): latency runs from the turn's offer; null in free mode, where nothing is offered. */
  | { type: 'build.placed'; payload: { childId: string; pieceId: string; slotId: string; latencyMs: number | null } }
  | { type: 'build.help-asked'; payload: { childId: string; pieceId: string } }
  /** The who-helps-whom edge: `from` pressed help for `to`. */
  | { type: 'build.help-given'; payload: { from: string; to: string; pieceId: string } }
  | { type: 'build.turn-offered'; payload: { childId: string } }
  /** Passing is always allowed and never penalised. */
  | { type: 'build.turn-passed'; payload: { childId: string } }
  /** Logged as the round closes with every slot filled; `by` in roster order. */
  | { type: 'build.completed'; payload: { by: string[]; durationMs: number } };
