/** Exit codes of every operator command; docs/OPERATIONS.md lists them. */
export const EXIT = {
  OK: 0,
  /** Bad arguments, an unreadable file, an unreachable store: nothing was judged. */
  ERROR: 1,
  /** The command ran and found that the store's integrity does not hold. */
  INTEGRITY: 2,
} as const;
