/** The service credentials desk in Swedish, with the rule codes of credentials (docs/ERRORS.md, access). */
export const T = {
  title: 'Tjänsteinloggningar',
  intro:
    'En tjänst som läser dashboardsiffror, till exempel en regions dashboard, får en egen inloggning med rollen DASHBOARD i stället för en persons token. Den hämtar korta token med POST /oauth/token. Utfärdande och återkallande är beslut i spåret.',
  issue: 'Utfärda inloggning',
  issueTitle: 'Utfärda en tjänsteinloggning',
  issueIntro:
    'Hemligheten visas en enda gång, efter att inloggningen utfärdats. Spara den i tjänstens hemlighetsförråd.',
  name: 'Tjänstens namn',
  nameHelp: 'T.ex. ”Regionens dashboard, Västra Götaland”.',
  expiresOn: 'Gäller till och med',
  expiresOnHelp: 'Högst ett år framåt.',
  reason: 'Motivering: för vad',
  reasonHelp: 'T.ex. styrgruppens beslut eller behovet den fyller. Sparas i spåret.',
  submitIssue: 'Utfärda',
  issued: 'Inloggningen är utfärdad. Kopiera hemligheten nu: den visas inte igen.',
  clientId: 'client_id',
  clientSecret: 'client_secret',
  list: 'Utfärdade inloggningar',
  none: 'Inga tjänsteinloggningar är utfärdade.',
  headers: ['Namn', 'Status', 'Gäller till', 'Utfärdad av', 'Motivering', ''],
  status: { ACTIVE: 'Aktiv', REVOKED: 'Återkallad', EXPIRED: 'Utgången' } as Record<string, string>,
  revoke: 'Återkalla',
  revokeTitle: (name: string) => `Återkalla ”${name}”`,
  revokeIntro: 'Tjänstens token nekas från och med nästa anrop, på alla servrar.',
  revokeReason: 'Motivering',
  submitRevoke: 'Återkalla inloggningen',
  what: 'Listan',
};

export const SERVICE_RULES: Record<string, string> = {
  SERVICE_CREDENTIAL_ALREADY_REVOKED: 'Inloggningen är redan återkallad.',
  SERVICE_CREDENTIAL_EXPIRY_PASSED: 'Slutdagen har redan passerat.',
  SERVICE_CREDENTIAL_EXPIRY_TOO_LATE: 'En inloggning gäller högst ett år.',
  SERVICE_CREDENTIAL_ROLE_NOT_READ_ONLY: 'En tjänst får bara en roll som läser.',
};
