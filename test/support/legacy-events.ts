import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SqliteEventStore } from '@samverkan/event-store';

/**
 * Events as the release before issue 19 wrote them: `occurredAt` is the moment the command was
 * handled and there is no `occurredFrom`, so readers must date the fact from the event's data.
 */
export interface LegacyForum {
  forumId: string;
  name: string;
  region: string;
  establishedOn: string;
  meetingId: string;
  heldOn: string;
  term: 'VT' | 'HT';
  year: number;
}

const envelope = (commandType: string, kind: 'action') => {
  const commandId = randomUUID();
  return {
    actor: { id: 'legacy-coordinator', organisation: 'FK', role: 'FORUM_COORDINATOR' },
    commandId,
    commandType,
    $correlationId: commandId,
    $causationId: commandId,
    occurredAt: new Date().toISOString(),
    kind,
    schemaVersion: 1,
  };
};

/** A forum founded, and one of its meetings planned and held, written straight into `dataDir`'s store. */
export async function writeLegacyForum(dataDir: string, f: LegacyForum): Promise<void> {
  const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
  try {
    await store.append(
      `forum-${f.forumId}`,
      [
        {
          id: randomUUID(),
          type: 'ForumEstablished',
          metadata: envelope('EstablishForum', 'action'),
          data: { forumId: f.forumId, name: f.name, region: f.region, capacity: 25, establishedOn: f.establishedOn },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    const meeting = { meetingId: f.meetingId, forumId: f.forumId };
    await store.append(
      `forumMeeting-${f.meetingId}`,
      [
        {
          id: randomUUID(),
          type: 'MeetingPlanned',
          metadata: envelope('PlanMeeting', 'action'),
          data: {
            ...meeting,
            title: 'Erfarenhetsutbyte',
            format: 'SEMINAR',
            term: f.term,
            year: f.year,
            date: f.heldOn,
            agenda: [],
          },
        },
        {
          id: randomUUID(),
          type: 'MeetingHeld',
          metadata: envelope('HoldMeeting', 'action'),
          data: { ...meeting, heldOn: f.heldOn, minutes: 'Protokoll fört.' },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
  } finally {
    await store.close();
  }
}
