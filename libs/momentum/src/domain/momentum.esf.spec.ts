import type { ReportedEvent } from '@samverkan/core/domain';
import { momentumEsfActivities } from './momentum.esf';
import { ActivityKind } from './momentum.model';
import { ActivityEvent } from './project-activity.commands';
import {
  activityCancelled,
  activityHeld,
  activityPlanned,
  CORRECTION_REASON,
  KOMMUN,
  NAMED,
  participantsRecorded,
} from './testing/momentum.fixtures';

/** A project activity's stream as the ESF report hands it over: positions count on across streams. */
let position = 100n;
function storedAs(stream: string, events: ActivityEvent[], heldOn = '2024-10-16'): ReportedEvent[] {
  return events.map((event, revision) => ({
    stream,
    revision,
    position: (position += 1n),
    type: event.type,
    data: event.data,
    occurredAt: `${heldOn}T08:00:00.000Z`,
    occurredOn: heldOn,
  }));
}

const report = (...streams: ReportedEvent[][]) =>
  momentumEsfActivities.report(new Map(streams.map((events) => [events[0].stream, events])));

describe('Momentum in the ESF report', () => {
  it('reads the project activity streams', () => {
    expect(momentumEsfActivities.categories).toEqual(['projectActivity']);
  });

  it('reports a held activity with its last recorded participants, citing every event of its stream', () => {
    const corrected = [{ organisation: KOMMUN, participants: { MANAGER: 5, HR: 2, OTHER: 0 } }];
    const stream = storedAs(
      'projectActivity-pa-0002',
      [
        activityPlanned({
          activityId: 'pa-0002',
          kind: 'WEB_TRAINING',
          title: 'Webbutbildning om OSA',
          organiser: 'AV',
        }),
        activityHeld('2024-11-07'),
        participantsRecorded(),
        participantsRecorded(corrected, NAMED, CORRECTION_REASON),
      ],
      '2024-11-07',
    );

    expect(report(stream)).toEqual([
      {
        deliverable: 'TRAINING',
        activityId: 'pa-0002',
        stream: 'projectActivity-pa-0002',
        title: 'Webbutbildning om OSA',
        format: 'WEB_TRAINING',
        heldOn: '2024-11-07',
        organiser: 'AV',
        organisations: [{ organisation: KOMMUN, name: null, participants: { MANAGER: 5, HR: 2, OTHER: 0 } }],
        namedPeople: [{ personId: NAMED[0].personId, organisation: NAMED[0].organisation }],
        sources: stream.map((event) => event.position),
      },
    ]);
  });

  it('reports a held activity without participants as one nobody is counted for yet', () => {
    const [row] = report(storedAs('projectActivity-pa-0001', [activityPlanned(), activityHeld()]));
    expect(row).toMatchObject({ organisations: [], namedPeople: [] });
  });

  it('leaves out an activity that is only planned, or cancelled', () => {
    expect(
      report(
        storedAs('projectActivity-pa-0003', [activityPlanned({ activityId: 'pa-0003' })]),
        storedAs('projectActivity-pa-0004', [activityPlanned({ activityId: 'pa-0004' }), activityCancelled()]),
      ),
    ).toEqual([]);
  });

  it.each<[ActivityKind, string]>([
    ['CONFERENCE', 'CONFERENCE'],
    ['TRAINING', 'TRAINING'],
    ['WEB_TRAINING', 'TRAINING'],
    ['STUDY_VISIT', 'STUDY_VISIT'],
  ])('counts a %s as the deliverable %s', (kind, deliverable) => {
    const [row] = report(storedAs('projectActivity-pa-0001', [activityPlanned({ kind }), activityHeld()]));
    expect(row).toMatchObject({ deliverable, format: kind });
  });
});
