// English strings of the review page's frame: top bar, group list, tabs, exports, loading and refusals.
export const reviewPage = {
  title: 'Review',
  loading: 'Loading…',
  erasedChild: 'Erased child',
  toConsole: 'Console',
  nav: { groups: 'Groups' },
  groups: {
    title: 'Groups you can review',
    intro: 'Past sessions, participation over the programme, check-in results and reports of the groups you have been given.',
    none: 'No groups yet. An admin or the group’s facilitator can give you access to a group.',
    sessions: '{n} {n|session|sessions}',
    noSessions: 'No sessions yet',
    children: '{n} children',
    lastSession: 'Last session {date}',
    access: { admin: 'Admin', facilitator: 'Facilitator', reviewer: 'Reviewer' },
  },
  tabs: { overview: 'Overview', replay: 'Sessions and replay', prepost: 'Pre/post', report: 'Report', exports: 'Exports', records: 'Process records' },
  backToGroups: '← All groups',
  notFound: 'This group does not exist, or you have not been given access to it.',
  failed: 'The review could not be loaded: {message}',
  retry: 'Try again',
  exports: {
    title: 'Research exports',
    intro:
      'CSV files for Excel or SPSS (UTF-8 with BOM, comma separated) and SPSS syntax files that read them with variable and value labels. Children appear only by their pseudonymous codes. Children without research consent from a guardian are left out of every file; in the event log a child without consent is OTHER where an event also involves a consented child. Staff notes are left out unless you include them below. Each download is recorded in the audit log with your name.',
    left: '{n} of {total} children have research consent and are in the exports.',
    leftOutNames: 'Left out (no research consent): {names}',
    measures: 'Participation per child and session',
    checkins: 'Check-in answers: {name}',
    events: 'Event log (children as codes; a child without research consent as OTHER)',
    freeText: 'Include staff notes (observation notes, plan notes, session titles and goals)',
    freeTextWarning:
      'Staff notes may name children. Every nickname this group has had is replaced by the child’s code, or by OTHER for a child without research consent, but names the group never had (real names, other spellings) cannot be found. Read the notes before you share the file.',
    csv: 'CSV',
    sps: 'SPSS syntax',
    howTo: 'In SPSS: put the CSV and the syntax file in one folder, open the syntax file, and run it (Run → All).',
  },
};
