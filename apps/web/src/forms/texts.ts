/** The form kit's Swedish texts, and the messages of the core's rule codes (docs/ERRORS.md, "core"). */
export const FORM = {
  required: 'måste fyllas i',
  requiredChoice: '– välj minst ett',
  requiredLegend: 'Fält markerade med * måste fyllas i.',
  requiredMark: ' *',
  sending: 'Skickar …',
  cancel: 'Avbryt',
  /** The heading of an entity page's commands. */
  commandsHeading: 'Det du kan göra nu',
  done: 'Sparat.',
  fieldErrors: 'Rätta det som är markerat och skicka igen.',
  conflict: (current: number, shown?: number) =>
    `Någon annan har ändrat detta medan du arbetade${shown === undefined ? '' : ` (du utgick från version ${shown}`}${shown === undefined ? '' : `, nu gäller version ${current})`}. Det som gäller nu visas på sidan; ladda om och skicka igen om ändringen fortfarande behövs. Det du skrivit finns kvar.`,
  reload: 'Ladda om det som gäller nu',
  unavailable:
    'Arbetsytans lagring svarar inte just nu, så ändringen är inte bekräftad. Det du skrivit finns kvar: försök igen om en stund. Samma ändring sparas högst en gång.',
  timeout: 'Ändringen är sparad, men visningen hann inte uppdateras. Ladda om sidan om en stund för att se den.',
  forbidden: 'Din roll får inte göra detta.',
  notFound: 'Det du ändrar finns inte (längre).',
  other: (message: string) => `Något gick fel: ${message}`,
  linesHelp: 'En per rad.',
  fieldRejected: (detail: string) => `Värdet godtogs inte${detail ? ` (${detail})` : ''}.`,
};

/** What a broken core rule means, in Swedish; a desk adds its module's codes. */
export const CORE_RULES: Record<string, string> = {
  COMMAND_ID_REUSED: 'Samma formulär skickades redan med andra uppgifter. Ladda om sidan och fyll i det på nytt.',
  COMMAND_TOO_LARGE: 'Ändringen är för stor för att sparas i ett svep. Inget sparades: korta texterna och försök igen.',
  CORRECTED_EVENT_NOT_FOUND: 'Händelsen som rättas finns inte hos det som ändras.',
  DATE_IN_FUTURE: 'Datumet ligger efter i dag: något kan inte registreras innan det har hänt.',
  INVALID_CHOICE: 'Värdet finns inte bland de tillåtna valen.',
  INVALID_DATE: 'Datumet är inte ett riktigt datum (ÅÅÅÅ-MM-DD).',
  INVALID_ID: 'En identitet är tom eller har mellanslag först eller sist.',
  INVALID_ORGANISATION_NUMBER: 'Organisationsnumret är inte giltigt (NNNNNN-NNNN).',
  INVALID_TEXT: 'Texten är tom, saknar bokstäver eller siffror, eller är för lång.',
  INVALID_YEAR: 'Året ska vara ett helt år mellan 2000 och 2100.',
  OCCURRED_BEFORE_ENTITY: 'Datumet ligger före det att det som ändras fanns.',
  PERSONAL_IDENTITY_NUMBER_IN_TEXT:
    'Texten innehåller ett personnummer. Personnummer får aldrig skrivas i arbetsytan: spåret kan inte glömma dem.',
  REASON_REQUIRED: 'Ett beslut eller en rättelse behöver en motivering.',
  STREAM_DELETED: 'Det här har raderats för gott ur händelselagret och kan inte ändras. Kontakta förvaltningen.',
};
