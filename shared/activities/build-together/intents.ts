// Build Together intents: a child places, passes, asks for or gives help; the facilitator offers a turn.
import * as v from 'valibot';
import { ChildIdSchema } from '../../protocol/ids';
import { intentSpecs, type IntentsOf } from '../intent-spec';

const PartIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'piece or slot id'));

export const BUILD_TOGETHER_INTENTS = intentSpecs({
  'build.place': { roles: ['seat'], entries: { pieceId: PartIdSchema, slotId: PartIdSchema } },
  'build.pass': { roles: ['seat'], entries: {} },
  'build.ask-help': { roles: ['seat'], entries: { pieceId: PartIdSchema } },
  /** A peer shows the asker where their piece goes. */
  'build.help': { roles: ['seat'], entries: { to: ChildIdSchema } },
  /** No child id: the next child in the fair order. */
  'build.offer': { roles: ['staff'], entries: { childId: v.optional(ChildIdSchema) } },
});

export type BuildTogetherIntent = IntentsOf<typeof BUILD_TOGETHER_INTENTS>;
