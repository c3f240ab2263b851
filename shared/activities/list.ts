// Every activity, one line each (alphabetical by id): `export { <def> } from './<id>';`. registry.ts keys them by id.
export { buildTogether } from './build-together';
export { checkin } from './checkin';
export { passStar } from './pass-star';
export { spotlight } from './spotlight';
export { strengthGarden } from './strength-garden';
