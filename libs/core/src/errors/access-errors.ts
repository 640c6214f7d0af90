/** No token, or a token that does not verify. */
export class UnauthenticatedError extends Error {
  constructor(message = 'A valid bearer token is required') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

/** The caller's role may not do this. */
export class ForbiddenError extends Error {
  constructor(
    readonly requiredRoles: string[],
    readonly role: string,
    message?: string,
  ) {
    super(message ?? `Role ${role} may not do this; it needs one of: ${requiredRoles.join(', ')}`);
    this.name = 'ForbiddenError';
  }
}

/** The server is shutting down and takes no new commands. */
export class ShuttingDownError extends Error {
  constructor() {
    super('The server is shutting down; the command was not run. Try again shortly.');
    this.name = 'ShuttingDownError';
  }
}
