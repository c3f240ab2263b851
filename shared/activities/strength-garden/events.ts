// Strength Garden events: self picks and un-picks, the phase, gifts between children, the facilitator's nudge.
import type { StrengthCardId } from './deck';

/** 'garden': the closing look: every tablet shows "my garden" read aloud; nothing more is picked or given. */
export type GardenPhase = 'self' | 'give' | 'garden';

export type StrengthGardenEvent =
  | { type: 'garden.self-picked'; payload: { childId: string; card: StrengthCardId } }
  /** Changing one's mind is always fine: the flower goes back to the deck. */
  | { type: 'garden.self-unpicked'; payload: { childId: string; card: StrengthCardId } }
  | { type: 'garden.phase'; payload: { phase: GardenPhase } }
  /** A gift between children: the giver → receiver edge of the sociogram. */
  | { type: 'garden.given'; payload: { from: string; to: string; card: StrengthCardId } }
  /** The facilitator asks givers' tablets to feature a child who has received nothing yet. */
  | { type: 'garden.nudged'; payload: { childId: string } };
