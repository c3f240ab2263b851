// Every activity's console part, one line each (alphabetical by id): `export { <console> } from './<id>';`.
export { buildTogetherConsole } from './build-together';
export { checkinConsole } from './checkin';
export { passStarConsole } from './pass-star';
export { spotlightConsole } from './spotlight';
export { strengthGardenConsole } from './strength-garden';
