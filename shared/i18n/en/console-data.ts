// English strings of the console's children's-data controls: guardian consent, erasing a child, the retention date.
export const consoleData = {
  dataControls: {
    participation: 'Taking part',
    research: 'Research export',
    consentLabel: 'Guardian agreed to:',
    consentHint: 'Tick only what a parent or guardian has agreed to. Without research consent the child is left out of every export.',
    saving: 'Saving…',
    saved: 'Saved',
    notSaved: 'Not saved — try again',
    erase: 'Erase this child’s data',
    eraseConfirm:
      'Erase all of {name}’s data? Their nickname and code are deleted for good. In every past session they become an “erased child” with no name, so the group’s totals stay the same. This cannot be undone.',
    eraseOk: 'Erase for good',
    erasedChild: 'Erased child',
    erasedHint: 'Erased on a guardian’s request',
    former: 'No longer in the group',
    removed: 'removed',
    retentionTitle: 'How long the data is kept',
    retentionIntro:
      'After this day ends, the server deletes the whole group for good: its sessions, events, roster and check-in answers. Only a note that the deletion happened is kept.',
    retentionDate: 'Delete after',
    retentionSave: 'Save date',
    retentionClear: 'Remove date',
    retentionNone: 'No deletion date: the data is kept until one is set.',
    retentionSet: 'Kept until the end of {date}, then deleted.',
    retentionAdminOnly: 'Only an administrator can change this date.',
    retentionPast: 'That day has already ended. The group and all its data will be deleted at the server’s next check, within the hour. Continue?',
    retentionPastOk: 'Delete soon',
    retentionPick: 'Pick a date first.',
  },
};
