/** The app shell's Swedish texts: sign-in, navigation, who is signed in, session messages. */
export const SHELL = {
  brand: 'Samverkan',
  brandSub: 'Försäkringskassan och Arbetsmiljöverket för ett hållbart arbetsliv',
  skipLink: 'Hoppa till innehållet',
  nav: 'Huvudmeny',
  signedIn: 'Inloggad: ',
  signOut: 'Logga ut',
  signedOut: 'Du är utloggad.',
  expired: 'Din inloggning har gått ut. Logga in igen.',
  refused: 'Din inloggning gäller inte längre. Logga in igen.',
  loading: 'Laddar …',
  notAllowed: 'Den här delen av arbetsytan är inte tillgänglig för din roll.',
  noDesks: 'Din roll har inga delar av arbetsytan att arbeta i.',
  menuFailed: (message: string) => `Det gick inte att hämta vad din roll får göra: ${message}. Ladda om sidan.`,
  footer:
    'Alla siffror hämtas från Samverkans GraphQL-API. Små tal (1–4) visas som ”färre än 5” för roller som bara ser sammanställningar.',
  signIn: {
    title: 'Logga in',
    lead: 'Samverkan samlar FK:s och AV:s gemensamma arbete: samverkansplanen och styrgruppens beslut, tipsrutinen, regionala forum och gemensam tillsyn. Logga in för att arbeta med de delar din roll har tillgång till.',
    devHeading: 'Välj en utvecklingstoken',
    devLooking: 'Letar efter utvecklingstokens …',
    devOffered: 'Den här servern kör med inbyggd inloggning och erbjuder en token per roll till den här datorn.',
    devNone:
      'Servern erbjuder inga utvecklingstokens här (i produktion, med en extern inloggning eller från en annan dator). Klistra in en token i stället.',
    pasteHeading: 'Klistra in en token',
    tokenLabel: 'Token (JWT)',
    tokenHelp:
      'Klistra in den token du fått från din organisations inloggning. Den sparas bara i den här fliken och försvinner när du stänger den.',
    submit: 'Logga in',
    checking: 'Kontrollerar token …',
    rejected: 'Servern godtog inte token: den är ogiltig eller har gått ut.',
    failed: (message: string) => `Inloggningen misslyckades: ${message}`,
    tokenRequired: 'Klistra in en token.',
  },
};

export const ROLE_LABELS: Record<string, string> = {
  STEERING_GROUP: 'Styrgrupp',
  FORUM_COORDINATOR: 'Forumsamordnare',
  KNOWLEDGE_GROUP: 'Kunskapsgrupp',
  FK_CASEWORKER: 'Handläggare (FK)',
  COLLABORATION_OFFICER: 'Samverkansansvarig',
  AV_INSPECTOR: 'Inspektör (AV)',
  AUDITOR: 'Revisor',
  DASHBOARD: 'Lägesbild (endast sammanställningar)',
  DATA_PROTECTION_OFFICER: 'Dataskyddsombud',
};

export const roleLabel = (role: string) => ROLE_LABELS[role] ?? role;

/** A list's filter form. */
export const FILTER = { apply: 'Visa' };
