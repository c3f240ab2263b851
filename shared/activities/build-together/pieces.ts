// Build Together pieces: one piece per slot of the design; a piece fits any empty slot of its shape and colour.
import { DESIGNS, type DesignId, type Slot } from './designs';
import { pieceLook, type ColourId, type PieceLook, type ShapeId } from './shapes';

/**
 * Why "same shape and colour fits" rather than one exact slot per piece: a child holding an orange
 * brick sees an orange brick outline and taps it — any of them. Demanding the one "right" brick among
 * fourteen identical ones would be a puzzle with no visible answer, i.e. a failure, not a hint.
 */
export interface Piece {
  /** `p-<slot id>`: the slot it was cut for, though it fits any empty slot of the same kind. */
  id: string;
  shape: ShapeId;
  colour: ColourId;
}

const PIECES = new Map<DesignId, readonly Piece[]>();

export function piecesOf(design: DesignId): readonly Piece[] {
  let pieces = PIECES.get(design);
  if (!pieces) {
    pieces = DESIGNS[design].slots.map((s) => ({ id: `p-${s.id}`, shape: s.shape, colour: s.colour }));
    PIECES.set(design, pieces);
  }
  return pieces;
}

export function findPiece(design: DesignId, pieceId: string): Piece | undefined {
  return piecesOf(design).find((p) => p.id === pieceId);
}

export function findSlot(design: DesignId, slotId: string): Slot | undefined {
  return DESIGNS[design].slots.find((s) => s.id === slotId);
}

export function fits(piece: Pick<Piece, 'shape' | 'colour'>, slot: Pick<Slot, 'shape' | 'colour'>): boolean {
  return piece.shape === slot.shape && piece.colour === slot.colour;
}

/** The empty slots a piece fits, in design order (what a hint highlights). */
export function fittingSlots(design: DesignId, pieceId: string, filled: Readonly<Record<string, unknown>>): string[] {
  const piece = findPiece(design, pieceId);
  if (!piece) return [];
  return DESIGNS[design].slots.filter((s) => !(s.id in filled) && fits(piece, s)).map((s) => s.id);
}

export function lookOf(design: DesignId, pieceId: string): PieceLook | null {
  const piece = findPiece(design, pieceId);
  return piece ? pieceLook(piece.shape, piece.colour) : null;
}
