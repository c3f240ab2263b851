// Every activity's screen part, one line each (alphabetical by id): `export { <screen activity> } from './<id>';`.
export { buildTogetherScreenActivity } from './build-together';
export { checkinScreenActivity } from './checkin';
export { passStarScreenActivity } from './pass-star';
export { spotlightScreenActivity } from './spotlight';
export { strengthGardenScreenActivity } from './strength-garden';
