/** The tidslinje's Swedish texts. */
export const T = {
  title: 'Tidslinje',
  interim: 'Tidslinje visas tills vidare på den tidigare sidan.',
  interimLink: 'Öppna tidslinje där',
};
