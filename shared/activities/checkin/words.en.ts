// Check-in's words in English, by dictionary section: the generic dictionaries merge them in from the registry.
export const common = {
  errors: {
    'checkin.unknown_instrument': 'That check-in is not on this server (see Instruments).',
    'checkin.not_now': 'That is not possible at this step of the check-in.',
    'checkin.stale_item': 'That question was already answered.',
    'checkin.bad_option': 'That answer is not one of the choices.',
  },
};
export const consolePage = {
  checkin: {
    instrument: 'Questions',
    dailyTitle: 'Daily check-in',
    loading: 'Loading the check-ins…',
    loadFailed: 'Could not load the check-ins: {error}',
    choice: '{title} — {variant}',
    choiceWithId: '{title} — {variant} · {id}',
    variant: '{answers} ({ages})',
    questions: '{n} {n|question|questions}',
    /** An instrument of the server's own whose title has not loaded yet. */
    ownInstrument: 'Questionnaire',
    gets: 'This group ({band}) gets {id} v{version}: {questions}, {answers}, made for {ages}.',
    dailyHint: 'Short and pictorial — fine for every session.',
    scaleHint: 'A scale: use it before the first and after the last session.',
    about: 'See every question and its source',
    readAloud: 'Read aloud',
    readAloudModes: { tap: 'When the child taps the speaker', auto: 'Each question by itself (and on tap)' },
    readAloudHint: 'Tablets speak in the child’s language where a voice exists; the questions work without sound too.',
    summary: { tap: 'read aloud on tap', auto: 'read aloud automatically' },
    version: 'version {version}',
    validationIn: '{language}: {status}',
    counts: 'finished {finished} · declined {declined} · of {present} present',
    status: {
      'not-started': 'not started',
      answering: 'answering',
      finished: 'finished',
      partial: 'stopped midway',
      declined: 'declined',
      'no-answer': 'did not start',
    },
    progress: '{n} of {total}',
    notHere: 'not here',
    private: 'Answers stay private: they are not shown here, on the screen or on other tablets.',
    endsItself: 'The round ends by itself when everyone here has finished or said “not today”.',
    nobodyHere: 'No child is connected yet.',
  },
  rounds: {
    activities: {
      checkin: 'Check-in',
    },
    activityHints: {
      checkin: 'Private questions with faces: the daily check-in or a scale',
    },
  },
};
export const screenPage = {
  /** The check-in garden: only how many have finished, never who or what. */
  checkin: {
    finished: '{done} of {of} finished',
    hint: 'Answer on your tablet — there are no wrong answers',
    everyone: 'Everyone has finished!',
    thanks: 'Thank you, everyone!',
    /** The mirror's sentence for the picture. */
    garden: 'In the garden: {done} in bloom, {waiting} still in bud',
  },
  activityNames: {
    checkin: 'Check-in',
  },
};
export const tabletPage = {
  checkin: {
    assent: 'Do you want to answer some questions about you today?',
    yes: 'Yes!',
    notToday: 'Not today',
    listen: 'Listen',
    back: 'Back',
    skip: 'Skip this one',
    progress: 'Question {n} of {count}',
    lastOne: 'Last one!',
    thanks: 'Thank you for telling us about you!',
    thanksMore: "Let's wait for the others",
    declined: "That's fine!",
    declinedMore: 'You can have a little rest',
  },
};
export const reviewReplay = {
  events: {
    checkinFinished: '{name} finished the check-in',
    checkinDeclined: '{name} said “not today” to the check-in',
    checkinPartial: '{name} stopped partway through the check-in',
    checkinNoAnswer: '{name} did not start the check-in',
  },
  turns: {
    checkin: '{done} of {of} have finished the check-in',
  },
};
export const records = {
  roundCheckin: '{finished} of {present} finished the check-in; {declined} declined.',
};

/** Every section, as the registry holds them (a page that needs one section imports it alone). */
export const words = { common, consolePage, screenPage, tabletPage, reviewReplay, records };
