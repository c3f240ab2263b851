// English strings of the review's overview view.
export const reviewOverview = {
  title: 'overview',
};
