// The positive-only reactions a child can send; there is deliberately no negative one.
export const REACTION_KINDS = ['clap', 'heart', 'star', 'me-too', 'thumbs-up'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];
