// English strings of the console page.
export const consolePage = {
  title: 'console',
};
