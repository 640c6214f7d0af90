/** The data protection officer's desk in Swedish, with the erasure's rule codes (docs/ERRORS.md, audit). */
export const T = {
  title: 'Dataskydd',
  intro:
    'Namn, e-postadresser och telefonnummer finns bara i personkatalogen. En radering tar bort personens nyckel: spåret behåller händelserna och organisationen, och personen visas som ”raderad” överallt.',
  search: 'Sök person',
  searchHelp: 'Del av namn eller e-postadress, minst två tecken. Raderade personer hittas inte.',
  find: 'Sök',
  tooShort: 'Skriv minst två tecken.',
  what: 'Sökningen',
  loading: 'Söker …',
  none: (text: string) => `Ingen person matchar ”${text}”.`,
  headers: ['Namn', 'Organisation', ''],
  erase: 'Radera',
  eraseTitle: (organisation: string) => `Radera personen i ${organisation}`,
  eraseIntro:
    'Raderingen är ett beslut i spåret och kan inte ångras. Motiveringen sparas i spåret efter att namnet är borta: ange en referens, t.ex. begärans diarienummer, aldrig personens namn eller personnummer.',
  reason: 'Motivering (referens)',
  reasonHelp: 'T.ex. ”Begäran om radering, dnr DSO 2026/14”.',
  confirm: 'Skriv RADERA för att bekräfta',
  confirmHelp: 'Personens namn kan aldrig läsas igen efter raderingen.',
  confirmWord: 'RADERA',
  confirmWrong: 'Skriv RADERA med versaler för att bekräfta raderingen.',
  submit: 'Radera personen för gott',
  done: 'Personen är raderad. Alla vyer visar nu ”raderad”.',
};

export const PRIVACY_RULES: Record<string, string> = {
  ERASURE_REASON_NAMES_PERSON:
    'Motiveringen nämner personen (efternamn, två delar av namnet eller e-postadressen). Spåret behåller motiveringen: ange en referens i stället.',
  PERSON_ALREADY_ERASED: 'Personen är redan raderad.',
};
