// English strings of the tablet page.
export const tabletPage = {
  title: 'tablet',
};
