/** An amendment as the PlanAmended event records it (the fields the desk reads). */
interface AmendedData {
  decision?: { decisionId?: string };
  amendment?: { kind?: string; activityId?: string; activity?: { activityId?: string } };
}

export type AmendmentKind = 'ADD_ACTIVITY' | 'CHANGE_ACTIVITY' | 'CANCEL_ACTIVITY';

/** For each activity, the amendments that added, changed or cancelled it, in order: decision and kind. */
export function amendmentsByActivity(
  events: readonly { type: string; data?: unknown }[],
): Map<string, { decisionId: string; kind: AmendmentKind }[]> {
  const byActivity = new Map<string, { decisionId: string; kind: AmendmentKind }[]>();
  for (const event of events) {
    if (event.type !== 'PlanAmended') continue;
    const { decision, amendment } = (event.data ?? {}) as AmendedData;
    const activityId = amendment?.activityId ?? amendment?.activity?.activityId;
    if (!activityId || !decision?.decisionId || !amendment?.kind) continue;
    byActivity.set(activityId, [
      ...(byActivity.get(activityId) ?? []),
      { decisionId: decision.decisionId, kind: amendment.kind as AmendmentKind },
    ]);
  }
  return byActivity;
}
