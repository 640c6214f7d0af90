import { ProjectedEvent } from '@samverkan/core';

/**
 * A stored event as a test states it: its type and data, and how its envelope dates it. Without
 * `commandType` or `occurredFrom` it is an event of the oldest kind, dated only by its handling.
 */
export interface GivenEvent {
  type: string;
  data: unknown;
  /** The command it came from: lets the catalog date an older event from its data. */
  commandType?: string;
  /** Where the envelope read its world time (events written since it keeps one). */
  occurredFrom?: string;
  /** The envelope's occurredAt, where it differs from the recording time. */
  occurredAt?: string;
}

/** Stored events as a projection receives them, numbered in order, recorded at `recordedAt` (test helper). */
export function eventsOf(stream: string, recordedAt: string, ...events: GivenEvent[]): ProjectedEvent[] {
  return events.map((e, revision) => ({
    id: `${stream}:${revision}`,
    stream,
    revision,
    position: BigInt(nextPosition++),
    type: e.type,
    data: e.data,
    metadata: {
      occurredAt: e.occurredAt ?? recordedAt,
      ...(e.commandType ? { commandType: e.commandType } : {}),
      ...(e.occurredFrom ? { occurredFrom: e.occurredFrom } : {}),
    },
    recordedAt: new Date(recordedAt),
  }));
}

let nextPosition = 1;

/** Forum Väst's joint action a1, agreed at meeting m1 and owned by `owner`, due on 30 June 2025. */
export const actionAgreed = (owner: { organisation: string; personId?: string }): GivenEvent => ({
  type: 'JointActionAgreed',
  data: {
    jointActionId: 'a1',
    forumId: 'vast',
    meetingId: 'm1',
    title: 'Checklista',
    description: 'd',
    owner,
    dueDate: '2025-06-30',
  },
});

/** The action's due date moved to 30 September. */
export const actionDueDateMoved: GivenEvent = {
  type: 'JointActionDueDateChanged',
  data: { jointActionId: 'a1', forumId: 'vast', dueDate: '2025-09-30', previous: '2025-06-30', reason: 'r' },
};
