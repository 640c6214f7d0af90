/**
 * Commands the server allows that the web app deliberately offers no form for, each with the
 * reason. test/web/commands-within-reach.e2e-spec.ts fails for any other allowed command a role
 * cannot reach from a desk it may open, and for any entry here the server no longer has.
 */
export const OUTSIDE_THE_APP: Readonly<Record<string, string>> = {};
