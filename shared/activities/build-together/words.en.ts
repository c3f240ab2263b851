// Build Together's words in English, by dictionary section: the generic dictionaries merge them in from the registry.
export const common = {
  errors: {
    'build.not_your_turn': 'It’s a friend’s turn right now. You can cheer for them!',
    'build.not_your_piece': 'That piece is in a friend’s hands. Try one of yours!',
    'build.wrong_place': 'Almost! Your piece fits where the outline has the same shape and colour.',
    'build.slot_taken': 'A friend already filled that spot. Look for another one just like it!',
    'build.already_asked': 'Your friends can see you asked. Help is on the way!',
    'build.no_help_needed': 'Thank you for wanting to help! Nobody needs help with that right now.',
    'build.no_turns': 'In this round everyone can build at any time — no turns needed.',
    'build.nobody': 'Nobody here has a piece left to place.',
  },
};
export const consolePage = {
  build: {
    design: 'Picture',
    turnMode: 'How children build',
    turnModes: { free: 'Everyone at once', turns: 'Taking turns, in fair order' },
    hints: 'When someone asks for help, show where the piece fits',
    hintsHint: 'Off: the request still shows, and friends explain where it goes.',
    summary: { free: 'everyone at once', turns: 'taking turns', hintsOn: 'hints on', hintsOff: 'no hints' },
    pieces: '{n} {n|piece|pieces}',
    progress: '{filled} of {total} pieces',
    complete: 'The picture is complete!',
    completeBy: 'Built by {n} children in {time}',
    turn: '{name}’s turn',
    turnFor: 'for {time}',
    noTurn: 'Nobody is on turn.',
    noTurnHint: 'Offer the turn to the next child in fair order.',
    freeMode: 'Everyone builds at once — no turns.',
    offerNext: 'Next in fair order: {name}',
    offerNextNobody: 'Next in fair order',
    queueHint: 'Fair order: fewest pieces placed first, then who has waited longest',
    offerTo: 'Offer to…',
    children: 'Children',
    hand: '{n} in hand',
    placed: '{n} placed',
    passes: '{n} passed',
    notHere: 'not here',
    onTurn: 'on turn',
    notYet: 'Has not placed a piece yet',
    allPlaced: 'Everyone here has added a piece.',
    help: 'Help requests',
    helpedBy: 'helped by {name}',
    waitingHelp: 'waiting for a friend',
    noHelp: 'Nobody is asking for help.',
    nobodyHere: 'No child is connected yet.',
  },
  rounds: {
    activities: {
      'build-together': 'Build Together',
    },
    activityHints: {
      'build-together': 'Build one picture together: each child holds different pieces',
    },
  },
};
export const screenPage = {
  /** Build Together: the picture's own name comes with the view. */
  build: {
    together: 'Let’s build it together!',
    everyone: 'Everyone can add a piece',
    turn: '{name}’s turn!',
    turnSub: 'Everyone can cheer',
    nextTurn: 'Who’s next?',
    needsHelp: '{name} needs help',
    helping: '{helper} is helping!',
    done: 'We built it together!',
    doneSub: 'Thank you, everyone!',
    /** The mirror's sentences. */
    mirrorPicture: '{design}: {filled} of {total} places filled',
    mirrorTurn: 'Turn: {name}',
    mirrorHelp: '{name} asks for help with a {piece}',
    mirrorBuilders: 'Built by: {names}',
  },
  activityNames: {
    'build-together': 'Build Together',
  },
};
export const tabletPage = {
  /** Build Together: the pieces and places are pictures; these words are read aloud. */
  build: {
    together: 'Build the picture together!',
    howTo: 'Pick a piece, then tap where it goes',
    myPieces: 'My pieces',
    pickFirst: 'Pick one of your pieces first!',
    tapPlace: 'Now tap where it goes',
    yourTurn: 'Your turn!',
    pass: 'Pass',
    passed: "That's OK! You can go later",
    turnOf: "It's {name}'s turn",
    cheer: 'Cheer for {name}!',
    nextTurn: 'The next turn is coming',
    askHelp: 'Ask for help',
    asked: 'Your friends can see you need help',
    helping: '{name} is helping you!',
    lookGlow: 'Look where it glows!',
    needsHelp: '{name} needs help',
    help: 'Help',
    thanksHelp: 'Thank you! Show {name} where it goes',
    done: 'You added your pieces!',
    doneMore: 'Look at the big screen',
    noPieces: 'Watch your friends build!',
    complete: 'We built it together!',
  },
};
export const reviewReplay = {
  events: {
    buildDealtJoined: 'The pieces were shared out again: someone joined',
    buildDealtLeft: 'The pieces were shared out again: someone left',
    buildPlaced: '{name} placed a piece',
    buildHelpAsked: '{name} asked for help',
    buildHelped: '{from} helped {to}',
    buildPassed: '{name} passed this turn',
    buildCompleted: 'The picture is finished, built by {names}',
  },
  build: 'The picture',
  buildProgress: '{n} of {total} pieces in place',
  turns: {
    builder: 'It is {name}’s turn to build',
    buildWaiting: 'Waiting for the next builder',
    buildFree: 'Everyone builds at any time',
  },
};
export const records = {
  roundBuild: '{n} of {present} placed pieces (pieces in all: {pieces}; help given: {help}).',
};

/** Every section, as the registry holds them (a page that needs one section imports it alone). */
export const words = { common, consolePage, screenPage, tabletPage, reviewReplay, records };
