// English strings of the review page.
export const reviewPage = {
  title: 'Review',
  comingSoon:
    'Session history, replay, participation trends, pre/post statistics and printable reports will appear here. Until then, each group’s past sessions are listed on its page in the console.',
  toConsole: 'Go to the console',
};
