// Pass the Star's words in English, by dictionary section: the generic dictionaries merge them in from the registry.
export const common = {
  errors: {
    'star.not_holder': 'Only the child with the star can pass it.',
    'star.bad_target': 'The star can only go to another child who is here.',
    'star.already_had': 'Let’s give it to someone who has not had it yet.',
  },
};
export const consolePage = {
  // The quiet list's invite during Pass the Star (client/console/activities/pass-star/invite.ts).
  metrics: {
    quiet: {
      invite: { star: 'Give the star', holder: 'Has the star' },
      inviteTitle: { star: 'Give {name} the star now' },
    },
  },
  star: {
    holds: '{name} has the star',
    holdingFor: 'for {time}',
    nobody: 'Nobody has the star yet.',
    giveFirst: 'Give it to someone to begin.',
    give: 'Give the star to…',
    passes: 'Passes',
    hadIt: 'Had it',
    hadCount: '{n} of {total}',
    notYet: 'Not yet',
    allHad: 'Everyone here has had the star.',
    everyoneOnce: 'Everyone once',
    nobodyHere: 'No child is connected yet.',
  },
  roundSettings: {
    summary: { everyoneOnce: 'everyone once' },
    firstHolder: 'Who gets the star first',
    firstHolders: { random: 'A random child', facilitator: 'I give it' },
    everyoneOnce: 'Everyone once (ends when all have held it)',
    prompt: 'Prompt for whoever catches it',
    prompts: { none: 'No prompt', 'say-name': 'Say your name', 'say-like': 'Say one thing you like', 'say-thrower': 'Say who threw it' },
  },
  rounds: {
    activities: {
      'pass-star': 'Pass the Star',
    },
    activityHints: {
      'pass-star': 'Ice-breaker: the star goes round',
    },
  },
};
export const screenPage = {
  passStar: {
    whoFirst: 'Who gets the star first?',
    waiting: 'The star is waiting…',
    hasTheStar: '{name} has the star!',
    prompts: {
      'say-name': 'Say your name!',
      'say-like': 'Say one thing you like!',
      'say-thrower': 'Say who threw you the star!',
    },
    cameFrom: 'The star came from {name}',
    everyone: 'Everyone had the star!',
    everyoneSubtitle: 'Well done, everyone!',
  },
  mirror: {
    holder: 'Has the star: {name}',
    noHolder: 'Nobody has the star yet',
    passes: 'Recent passes',
    pass: '{from} → {to}',
    hadStar: 'had the star',
  },
  activityNames: {
    'pass-star': 'Pass the Star',
  },
};
export const tabletPage = {
  star: {
    youHave: 'You have the star!',
    prompts: {
      'say-name': 'Say your name!',
      'say-like': 'Say one thing you like!',
      'say-thrower': 'Say who threw you the star!',
    },
    tapFriend: 'Tap a friend to pass the star',
    hadIt: '{name} had the star',
    waitFriends: 'Your friends are coming',
    holderHas: '{name} has the star',
    coming: 'The star is on its way!',
    youHadIt: 'You had the star!',
    everyone: 'Everyone had the star!',
    maybeNext: "Maybe you're next!",
  },
};
export const reviewReplay = {
  events: {
    starRandom: 'The star went to {name} by chance',
    starGiven: 'The facilitator gave the star to {name}',
    starPassed: '{from} passed the star to {to}',
  },
  turns: {
    starHolder: '{name} holds the star',
    starNobody: 'Nobody holds the star yet',
  },
};
export const records = {
  // Round summaries: counts only, from the metrics; never a child's answer.
  roundPassStar: '{n} of {present} held the star; star passes between children: {passes}.',
};

/** Every section, as the registry holds them (a page that needs one section imports it alone). */
export const words = { common, consolePage, screenPage, tabletPage, reviewReplay, records };
