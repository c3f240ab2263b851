// English strings of the review's report view.
export const reviewReport = {
  title: 'report',
};
