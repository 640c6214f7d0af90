import { projectionSpecification } from '@samverkan/core/testing/projection-specification';
import { activityStream, momentumModuleEvents } from '../domain';
import {
  ACTIVITY_ID,
  aCancelledActivity,
  anEvaluatedActivity,
  DATE,
  HELD_ON,
  participantsRecorded,
  PLACE,
  SUMMARY,
  TITLE,
} from '../domain/testing/momentum.fixtures';
import { activityProjection } from './momentum.projections';
import { getActivities } from './momentum.queries';

const spec = projectionSpecification(activityProjection, [momentumModuleEvents]);
const on = (events: typeof anEvaluatedActivity) => events.map((e) => ({ ...e, stream: activityStream(ACTIVITY_ID) }));
const read = (db: Parameters<typeof getActivities>[0]) =>
  getActivities(db, [ACTIVITY_ID]).map(({ revision, doc }) => ({ revision, ...doc }));
const planned = {
  activityId: ACTIVITY_ID,
  kind: 'CONFERENCE' as const,
  title: TITLE,
  organiser: 'FK',
  date: DATE,
  place: PLACE,
  country: null,
  region: null,
  expectedParticipants: 150,
  year: 2024,
  position: '1',
};
const noOne = { organisations: 0, managers: 0, hr: 0, other: 0, named: 0, total: 0 };

describe('The project activity document', () => {
  it('shows a held activity with who took part, totals by role, and its evaluation', () => {
    const { organisations, namedParticipants } = participantsRecorded().data;
    spec.given(on(anEvaluatedActivity)).then(read, [
      {
        revision: 3,
        ...planned,
        status: 'HELD',
        heldOn: HELD_ON,
        summary: SUMMARY,
        cancellationReason: null,
        participants: { organisations, namedParticipants },
        totals: { organisations: 3, managers: 5, hr: 3, other: 5, named: 1, total: 14 },
        participantRecordings: 1,
        evaluation: { scale: 8.8, respondents: 9 },
      },
    ]);
  });

  it('counts a corrected list once more and shows the corrected totals', () =>
    spec
      .given(
        on([...anEvaluatedActivity, participantsRecorded([], participantsRecorded().data.namedParticipants, 'Rättad')]),
      )
      .then(
        (db) => read(db).map((d) => ({ totals: d.totals, participantRecordings: d.participantRecordings })),
        [{ totals: { ...noOne, named: 1, total: 1 }, participantRecordings: 2 }],
      ));

  it('shows a cancelled activity with the reason and no one taking part', () =>
    spec.given(on(aCancelledActivity)).then(read, [
      {
        revision: 1,
        ...planned,
        status: 'CANCELLED',
        heldOn: null,
        summary: null,
        cancellationReason: 'För få anmälda',
        participants: null,
        totals: noOne,
        participantRecordings: 0,
        evaluation: null,
      },
    ]));
});
