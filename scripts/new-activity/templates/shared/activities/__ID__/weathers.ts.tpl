// __NAME_EN__'s choices: the weather pictures a child picks from for how they feel (drawn in client/common/activities/__ID__/).
export const WEATHERS = ['sunny', 'sun-cloud', 'cloudy', 'rainy', 'stormy'] as const;

export type Weather = (typeof WEATHERS)[number];
