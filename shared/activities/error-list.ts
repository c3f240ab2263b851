// Every activity's error codes, one line each (alphabetical by id): read by shared/protocol/errors.ts without the registry.
export { BUILD_TOGETHER_ERRORS } from './build-together/errors';
export { CHECKIN_ERRORS } from './checkin/errors';
export { PASS_STAR_ERRORS } from './pass-star/errors';
export { SPOTLIGHT_ERRORS } from './spotlight/errors';
export { STRENGTH_GARDEN_ERRORS } from './strength-garden/errors';
