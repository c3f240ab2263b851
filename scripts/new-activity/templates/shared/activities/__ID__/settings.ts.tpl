// __NAME_EN__'s settings: none yet (add fields with defaults here; the console form is in client/console/activities/__ID__/).
import * as v from 'valibot';

export const __Camel__SettingsSchema = v.object({});

export type __Camel__Settings = v.InferOutput<typeof __Camel__SettingsSchema>;
