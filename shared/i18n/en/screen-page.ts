// English strings of the screen page.
export const screenPage = {
  title: 'screen',
};
