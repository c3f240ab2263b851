// Where an activity's code lives and which registries list it: read by the tests that keep generic code activity-free.
/** Where an activity's own code lives, per side (`<id>` stands for its id). */
export const ACTIVITY_FOLDERS = [
  'shared/activities/<id>/',
  'client/screen/activities/<id>/',
  'client/tablet/activities/<id>/',
  'client/console/activities/<id>/',
  'client/review/activities/<id>/',
  'client/common/activities/<id>/',
  'scripts/demo/rounds/<id>.ts',
];

/** The registries: one line per activity each (the review's pictures and the demo's rounds are optional). */
export const REGISTRIES = [
  'shared/activities/list.ts',
  'shared/activities/error-list.ts',
  'client/screen/activities/list.ts',
  'client/tablet/activities/index.ts',
  'client/console/activities/list.ts',
  'client/review/activities/index.ts',
  'scripts/demo/rounds/index.ts',
];
