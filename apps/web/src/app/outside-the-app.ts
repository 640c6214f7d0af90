/**
 * Commands the server allows that the web app deliberately offers no form for, each with the
 * reason. test/web/commands-within-reach.e2e-spec.ts fails for any other allowed command a role
 * cannot reach from a desk it may open, and for any entry here the server no longer has.
 */
export const OUTSIDE_THE_APP: Readonly<Record<string, string>> = {
  issueServiceCredential:
    'A credential for a machine client is issued by whoever sets the client up, through the API (docs/SECURITY.md, "Service credentials"); the answer carries the secret once, which a desk would have to show on screen.',
  revokeServiceCredential:
    'Revoked through the API by the same operators who issue credentials (docs/SECURITY.md, "Service credentials"); a desk for both is a follow-up.',
};
