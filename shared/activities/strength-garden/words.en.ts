// Strength Garden's words in English, by dictionary section: the generic dictionaries merge them in from the registry.
export const common = {
  errors: {
    'garden.not_now': 'Not just yet — the garden will be ready for that soon.',
    'garden.picks_full': 'Your hands are full of flowers! Put one back if you want to pick a different one.',
    'garden.already_picked': 'That flower is already in your garden.',
    'garden.not_picked': 'That flower is not in your garden yet.',
    'garden.unknown_card': 'Let’s choose a card from the garden deck.',
    'garden.bad_peer': 'Choose a friend who is here with us.',
    'garden.already_given': 'You already gave this card to this friend — how about another strength?',
    'garden.peer_full': 'This friend has lots of cards from you! Maybe give one to someone else too.',
    'garden.has_flowers': 'That child already has a card from a friend.',
  },
};
export const consolePage = {
  garden: {
    maxPicks: 'Strengths each child picks for themselves',
    maxPicksOption: 'Up to {n}',
    perPeerCap: 'Cards one child may give one friend',
    perPeerCapOption: 'Up to {n} per friend',
    perPeerCapHint: 'So kindness spreads around instead of filling one best friend’s garden.',
    summary: { picks: 'up to {n} for yourself', cap: '{n} per friend' },
    phases: { self: 'Picking for yourself', give: 'Giving to friends', garden: 'Looking at our gardens' },
    phaseHints: {
      self: 'Each child picks up to {n} strengths that are true about them.',
      give: 'Children give strength cards to friends (up to {n} per friend).',
      garden: 'Every tablet shows “my garden”, read aloud. Nothing more is picked or given.',
    },
    since: 'for {time}',
    toGive: 'Start giving',
    showGardens: 'Show our gardens',
    /** The closing waits for every child to have a friend's flower; the facilitator decides. */
    closingWaits: 'Still without a flower from a friend: {names}. Nudge them and give the group a moment, so nobody sees an empty garden.',
    closingWait: 'Wait',
    closingAnyway: 'Show the gardens now',
    backToPicking: 'Back to picking',
    backToGiving: 'Back to giving',
    children: 'Children',
    picks: 'Picked',
    given: 'Gave',
    received: 'Got',
    picksOf: '{n} of {max}',
    notHere: 'not here',
    nudged: 'nudged',
    receivedNone: 'No card from a friend yet',
    receivedNoneNote: 'Only you see this list — children never do. A nudge puts the child first, with a sparkle, on the givers’ tablets; nothing says why.',
    nudgeWhenGiving: 'Nudges work while children are giving.',
    nudge: 'Nudge',
    nudgedFor: 'Nudged ✓',
    everyoneReceived: 'Everyone here has a card from a friend.',
    givenNone: 'Has not given a card yet',
    gifts: 'Who gave to whom',
    giftsNote: 'Only on the console: the shared screen and tablets never say who gave a flower.',
    noGifts: 'No cards given yet.',
    nobodyHere: 'No child is connected yet.',
  },
  rounds: {
    activities: {
      'strength-garden': 'Strength Garden',
    },
    activityHints: {
      'strength-garden': 'Pick strengths for yourself, then give strength cards to friends',
    },
  },
};
export const screenPage = {
  /** Strength Garden: the prompts and the legend come with the view; these are the screen's own words. */
  garden: {
    bloom: 'Our garden is in bloom!',
    bloomSub: 'Every flower is a strength',
    /** The mirror's sentence for one bed. */
    bed: '{name}: {flowers}',
    flower: '{card} ({from})',
    listJoin: ', ',
    seeds: 'seeds waiting to grow',
    /** The row of children under the shared garden (the mirror's label). */
    gardeners: 'Our gardeners',
  },
  activityNames: {
    'strength-garden': 'Strength Garden',
  },
};
export const tabletPage = {
  /** Strength Garden: my picks, giving to friends, my garden. The cards' own words come with the view. */
  garden: {
    myPicks: 'My picks',
    emptySlot: 'A space for a strength',
    handsFull: 'Your hands are full! Tap one of your picks to change it',
    allPicked: 'Lovely choices!',
    chooseFriend: 'Choose a friend',
    whatGood: 'What is {name} good at?',
    otherFriend: 'Another friend',
    given: 'Given',
    gaveLots: 'You gave {name} lots of flowers!',
    thanks: 'Thank you! {name} has a new flower',
    noFriends: 'Your friends are coming',
    gotFlower: 'A friend gave you a flower!',
    readGarden: 'Read my garden',
    emptyGarden: 'Your garden is just starting to grow!',
  },
};
export const reviewReplay = {
  events: {
    gardenPicked: '{name} picked a strength for themselves: {card}',
    gardenUnpicked: '{name} put a strength back: {card}',
    gardenSelf: 'Strength Garden: picking strengths for yourself',
    gardenGive: 'Strength Garden: giving strength cards to friends',
    gardenGarden: 'Strength Garden: looking at the gardens',
    gardenGave: '{from} gave {to} a strength card: {card}',
    gardenNudged: 'The facilitator asked the givers to think of {name}',
  },
  garden: 'The garden',
  gardenEmpty: 'No flowers yet.',
  fromSelf: 'chosen for themselves',
  fromPeer: 'given by a friend',
  turns: {
    gardenSelf: 'Everyone picks strengths for themselves',
    gardenGive: 'Everyone gives strength cards to friends',
    gardenGarden: 'Everyone looks at their garden',
  },
};
export const records = {
  roundGarden: '{gave} of {present} gave a strength card; {received} received one.',
};

/** Every section, as the registry holds them (a page that needs one section imports it alone). */
export const words = { common, consolePage, screenPage, tabletPage, reviewReplay, records };
