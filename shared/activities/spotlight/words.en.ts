// Spotlight's words in English, by dictionary section: the generic dictionaries merge them in from the registry.
export const common = {
  errors: {
    'spotlight.not_presenter': 'It is someone else’s turn.',
    'spotlight.busy': 'Someone is on stage. Finish that turn first.',
    'spotlight.no_turn': 'Nobody is on stage.',
    'spotlight.nobody': 'Nobody is here to present.',
    'spotlight.not_started': 'The turn has not started yet.',
    'spotlight.no_more_cards': 'There are no more cards in this deck.',
  },
};
export const consolePage = {
  // The quiet list's invite during Spotlight (client/console/activities/spotlight/invite.ts).
  metrics: {
    quiet: {
      invite: { spotlight: 'Invite next', invited: 'Invited ✓', 'on-stage': 'On stage' },
      inviteTitle: { spotlight: 'Offer {name} the next Spotlight turn' },
    },
  },
  spotlight: {
    phases: { idle: 'Nobody on stage', offered: 'Getting ready', presenting: 'Presenting' },
    waitingReady: 'Waiting for “I’m ready” on the tablet.',
    next: 'Next: {name}',
    nextHint: 'Fair pick — fewest turns in this programme first',
    orChoose: 'or choose',
    afterThis: 'After this turn',
    counts: '{p} presented · {s} passed',
    badges: '{n} brave',
    picture: 'Picture: {name}',
    elapsed: '{time} of {guide} guide',
    over: 'Over the guide — just a hint, no rush.',
    skip: 'Skip',
    endTurn: 'End turn',
    extend: '+30 s',
    badge: 'Brave badge',
    badgeGiven: 'Brave badge ✓',
    nobodyHere: 'No child is connected yet.',
  },
  roundSettings: {
    summary: { anotherCard: 'card swap', guide: '{n} s guide' },
    deck: 'Card deck',
    anotherCard: 'Children may pick another card',
    turnSeconds: 'Turn guide',
    secondsUnit: 's',
    turnHint: 'Only you see it — children never see a countdown.',
  },
  rounds: {
    activities: {
      spotlight: 'Spotlight',
    },
    activityHints: {
      spotlight: 'Self-presentation, one child at a time',
    },
  },
};
export const screenPage = {
  spotlight: {
    getReady: 'Get ready…',
    takeYourTime: 'Take your time',
    whoIsNext: 'Who’s next?',
    thanks: 'Thank you, {name}!',
  },
  mirror: {
    onStage: 'On stage: {name}',
    nobodyOnStage: 'Nobody on stage',
    audience: 'Watching',
  },
  activityNames: {
    spotlight: 'Spotlight',
  },
};
export const tabletPage = {
  spotlight: {
    yourTurn: "It's your turn!",
    readCard: 'Your card',
    ready: "I'm ready",
    anotherCard: 'Another card',
    pass: 'Not now',
    passOk: "That's OK! You can go later",
    listening: 'Everyone is listening',
    done: "I'm done",
    thanks: 'Thank you for sharing!',
    offered: "It's {name}'s turn",
    sharing: '{name} is sharing',
    whoNext: "Who's next?",
    cheerHint: 'Send {name} a cheer!',
    badge: 'You got a brave badge!',
  },
};
export const reviewReplay = {
  events: {
    spotOffered: '{name} was invited on stage: “{card}”',
    spotCard: '{name} took another card: “{card}”',
    spotStarted: '{name} started presenting',
    spotPassed: '{name} passed this turn',
    spotSkipped: '{name}’s turn was passed by the facilitator',
    spotEnded: '{name} presented for {time}',
    spotInvited: 'The facilitator invited {name} to go next',
    spotBadge: '{name} got a brave badge',
    spotExtended: '{name} got {s} more seconds',
  },
  turns: {
    spotlightOffered: '{name} is invited on stage',
    spotlightPresenting: '{name} is presenting',
    spotlightIdle: 'Nobody is on stage',
  },
};
export const records = {
  roundSpotlight: '{presented} presented, {passed} passed.',
};

/** Every section, as the registry holds them (a page that needs one section imports it alone). */
export const words = { common, consolePage, screenPage, tabletPage, reviewReplay, records };
