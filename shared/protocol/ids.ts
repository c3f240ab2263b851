// Schemas for the ids that travel in messages (intent ids, child ids).
import * as v from 'valibot';

export const IntentIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,64}$/, 'intent id: 6–64 url-safe characters'));
export const ChildIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/, 'child id'));
