/** The översikt's Swedish texts. */
export const T = {
  title: 'Översikt',
  interim: 'Översikt visas tills vidare på den tidigare sidan.',
  interimLink: 'Öppna översikt där',
};
