// English strings of the review page.
export const reviewPage = {
  title: 'review',
};
