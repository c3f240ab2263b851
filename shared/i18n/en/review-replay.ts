// English strings of the review's replay view.
export const reviewReplay = {
  title: 'replay',
};
