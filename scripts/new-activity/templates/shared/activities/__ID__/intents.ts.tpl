// __NAME_EN__ intents: a seated child picks a weather picture or says "not now"; staff send none.
import * as v from 'valibot';
import { intentSpecs, type IntentsOf } from '../intent-spec';
import { WEATHERS } from './weathers';

export const __CONST___INTENTS = intentSpecs({
  '__ID__.pick': { roles: ['seat'], entries: { weather: v.picklist(WEATHERS) } },
  '__ID__.pass': { roles: ['seat'], entries: {} },
});

export type __Camel__Intent = IntentsOf<typeof __CONST___INTENTS>;
