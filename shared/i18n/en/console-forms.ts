// English strings of the console's forms: refused fields worded from the server's codes, a clash of avatars, consent before starting.
export const consoleForms = {
  forms: {
    /** A field's name as the facilitator knows it (the server sends the API's field key). */
    fieldNames: {
      username: 'Username',
      displayName: 'Name shown to colleagues',
      password: 'Password',
      setupCode: 'Setup code',
      nickname: 'Nickname',
      avatar: 'Avatar',
      name: 'Group name',
      retainUntil: 'Retention date',
      body: 'The form',
    } as Record<string, string>,
    codes: {
      required: '{field}: please fill this in.',
      too_long: '{field}: at most {max} characters.',
      too_short: '{field}: at least {min} characters.',
      username_chars: '{field}: letters, digits, . _ - only (no spaces).',
      date_format: '{field}: pick a day from the calendar.',
      date_unknown: '{field}: that day is not in the calendar.',
      invalid: '{field}: this value is not accepted.',
    },
    notAccepted: 'The server did not accept this form. Please check it and try again.',
    avatarTaken: '{name} already has this animal. Choose another one, so every child can find their own picture.',
    consentMissing:
      'Consent to take part is not ticked for: {names}. If the guardian agreed, tick “Taking part” on this page; if they agreed another way, you can start anyway. Starting anyway is recorded in the audit trail.',
    consentStart: 'Start anyway',
  },
};
