/** Injection token of the EventStore port; the adapter is chosen by configuration. */
export const EVENT_STORE = Symbol('EVENT_STORE');
/** Injection token of the validated Environment. */
export const ENVIRONMENT = Symbol('ENVIRONMENT');
