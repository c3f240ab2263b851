// English strings of the child's tablet page (short, friendly, read aloud as written).
export const tabletPage = {
  title: 'Circletime',
  readAloud: 'Read aloud',
  changeLanguage: 'Language',
  connecting: 'Getting ready…',
  keypad: {
    prompt: 'Tap the number from the big screen',
    delete: 'Delete',
    go: 'Go',
    checking: 'Looking…',
  },
  join: {
    unknown: "Let's check the number on the big screen",
    rateLimited: "Let's wait a minute, then try again",
    offline: "Let's try again in a moment",
  },
  /** The picture button back to the code keypad before a child is seated. */
  backToKeypad: 'Back to the numbers',
  choose: {
    prompt: 'Which one is you?',
    taken: 'That one is taken. Pick yours!',
    again: "Let's choose again",
    empty: 'Your group leader is getting ready',
  },
  waiting: {
    message: 'Waiting for your group leader to say hello…',
    notYou: 'Not you? Tap your picture',
  },
  seated: {
    hello: 'Hi, {name}!',
    wave: 'Wave',
    waveSent: 'Everyone can see your wave!',
    cheer: 'Lots of cheering!',
    notMe: 'Not me?',
    confirmQuestion: 'Is this you?',
    confirmYes: "Yes, it's me!",
    confirmNo: 'No, choose again',
  },
  reactions: {
    clap: 'Clap',
    heart: 'Love it',
    star: 'Super star',
    'me-too': 'Me too',
    'thumbs-up': 'Great',
  },
  eyes: {
    message: 'Eyes on your group leader',
  },
  round: {
    paused: 'Little break',
    pausedMore: 'We will play again soon',
  },
  ended: {
    message: 'Thank you! See you next time',
    newCode: 'New number',
  },
};
