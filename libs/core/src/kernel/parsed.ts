/**
 * The outcome of parsing user input. A problem completes a sentence naming the field
 * ("organisationNumber has a wrong check digit") and never echoes the input, which may be personal data.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };
