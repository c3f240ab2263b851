// __NAME_EN__'s words in English, by dictionary section: the generic dictionaries merge them in from the registry.
export const common = {
  errors: {
    '__ID__.not_in_round': 'Only a child who is here can choose a weather.',
    '__ID__.same_answer': 'That is your answer already.',
  },
};
export const consolePage = {
  __camel__: {
    answered: 'Chosen',
    notNow: 'Not now',
    waiting: 'Not yet',
    nobody: 'Nobody',
    private: 'Only the child sees their own weather; the screen shows the group’s sky without names.',
  },
  rounds: {
    activities: {
      '__ID__': '__NAME_EN__',
    },
    activityHints: {
      '__ID__': 'Each child picks a weather picture for how they feel',
    },
  },
};
export const screenPage = {
  __camel__: {
    title: 'Our sky today',
    waiting: 'The sky is waiting for your weather…',
    sky: 'Weather in our sky: {weathers}',
    listJoin: ', ',
  },
  activityNames: {
    '__ID__': '__NAME_EN__',
  },
};
export const tabletPage = {
  __camel__: {
    question: 'What weather is your feeling today?',
    listen: 'Listen to the pictures',
    notNow: 'Not now',
    changeAnyTime: 'You can change it any time.',
    thanks: 'Thank you! Your weather is in our sky.',
    passed: 'That’s fine. You can choose later.',
    weathers: {
      sunny: 'Sunny',
      'sun-cloud': 'Sun and clouds',
      cloudy: 'Cloudy',
      rainy: 'Rainy',
      stormy: 'Stormy',
    },
  },
};
export const reviewReplay = {
  events: {
    __camel__Picked: '{name} chose a weather',
    __camel__Changed: '{name} changed their weather',
    __camel__NotNow: '{name} said “not now”',
  },
  turns: {
    __camel__Sky: 'The group is making its sky',
  },
};
export const records = {
  // Counts only, never a child's weather.
  round__Camel__: '{n} of {present} chose a weather picture.',
};

/** Every section, as the registry holds them (a page that needs one section imports it alone). */
export const words = { common, consolePage, screenPage, tabletPage, reviewReplay, records };
