import { DIRECT_ACTIONS, NO_ACTION_REASONS, OUTCOME_KINDS } from './texts';

interface Outcome {
  kind: string;
  action?: string | null;
  noActionReason?: string | null;
  reason?: string | null;
  note?: string | null;
}

/** An outcome in words: the kind, and the action or the reason it names. */
export function outcomeText(outcome: Outcome): string {
  const kind = OUTCOME_KINDS[outcome.kind] ?? outcome.kind;
  const detail =
    outcome.kind === 'DIRECT_ACTION'
      ? (DIRECT_ACTIONS[outcome.action ?? ''] ?? outcome.action)
      : outcome.kind === 'NO_ACTION'
        ? [NO_ACTION_REASONS[outcome.noActionReason ?? ''] ?? outcome.noActionReason, outcome.reason]
            .filter(Boolean)
            .join(': ')
        : null;
  return [detail ? `${kind}: ${detail}` : kind, outcome.note].filter(Boolean).join(' – ');
}

/**
 * The outcomes AV may still record, as the API's rules allow them: direct actions (several) unless
 * no action was recorded; an indirect use once, beside either; no action once, and never beside a
 * direct action.
 */
export function outcomesOpen(recorded: readonly { kind: string }[]): string[] {
  const has = (kind: string) => recorded.some((o) => o.kind === kind);
  return [
    ...(has('NO_ACTION') ? [] : ['DIRECT_ACTION']),
    ...(has('INDIRECT_USE') ? [] : ['INDIRECT_USE']),
    ...(has('DIRECT_ACTION') || has('NO_ACTION') ? [] : ['NO_ACTION']),
  ];
}
