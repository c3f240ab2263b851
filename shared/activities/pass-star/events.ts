// Pass the Star events: giving, passing (giver → receiver) and the final hold.
export type PassStarEvent =
  /** The facilitator (or chance) hands the star to a child; not a pass between children. */
  | { type: 'star.given'; payload: { to: string; by: 'staff' | 'random'; heldMs: number | null; from: string | null } }
  /** A child passes to another child: the who-passes-to-whom edge of the sociogram. */
  | { type: 'star.passed'; payload: { from: string; to: string; heldMs: number } }
  /** The round ended while a child held the star: their hold ends here. */
  | { type: 'star.kept'; payload: { holder: string; heldMs: number } };
