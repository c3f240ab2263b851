// English strings of the review's prepost view.
export const reviewPrePost = {
  title: 'prepost',
};
