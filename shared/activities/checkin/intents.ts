// Check-in intents: a child's assent, an answer (or a skip), and going back one item. Children only.
import * as v from 'valibot';
import { intentSpecs, type IntentsOf } from '../intent-spec';

const Lang = v.optional(v.picklist(['en', 'zh-CN']));
const ItemId = v.pipe(v.string(), v.minLength(1), v.maxLength(48));

export const CHECKIN_INTENTS = intentSpecs({
  'checkin.assent': { roles: ['seat'], entries: { yes: v.boolean(), lang: Lang } },
  /** `option: null` skips the item: passing is always allowed. */
  'checkin.answer': { roles: ['seat'], entries: { itemId: ItemId, option: v.nullable(ItemId), lang: Lang } },
  'checkin.back': { roles: ['seat'], entries: {} },
});

export type CheckinIntent = IntentsOf<typeof CHECKIN_INTENTS>;
