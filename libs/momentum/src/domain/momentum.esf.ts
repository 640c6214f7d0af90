import { ActivityReporter, Deliverable, heldActivitiesIn, ReportedActivity } from '@samverkan/core/domain';
import { ActivityEvent } from './project-activity.commands';
import { ActivityKind } from './momentum.model';

const DELIVERABLE: Record<ActivityKind, Deliverable> = {
  CONFERENCE: 'CONFERENCE',
  TRAINING: 'TRAINING',
  WEB_TRAINING: 'TRAINING',
  STUDY_VISIT: 'STUDY_VISIT',
};

/**
 * Every held project activity is a conference, training or study visit for ESF, on the world date
 * of its ActivityHeld; its participants
 * are the last recorded list (a correction replaces it), its sources every event of its stream.
 */
export const momentumEsfActivities: ActivityReporter = {
  categories: ['projectActivity'],
  unitOf: (first) => first.stream,
  report(streams) {
    const activities = heldActivitiesIn<ActivityEvent, 'ActivityPlanned'>(streams, {
      category: 'projectActivity',
      planned: 'ActivityPlanned',
      held: 'ActivityHeld',
    });
    return activities.map(({ events, stream: activity, planned, held }): ReportedActivity => {
      const recorded = activity.last('ParticipantsRecorded');
      return {
        deliverable: DELIVERABLE[planned.kind],
        activityId: planned.activityId,
        stream: events[0].stream,
        title: planned.title,
        format: planned.kind,
        heldOn: held.occurredOn,
        organiser: planned.organiser,
        organisations: (recorded?.organisations ?? []).map((o) => ({
          organisation: o.organisation,
          name: null,
          participants: { ...o.participants },
        })),
        namedPeople: (recorded?.namedParticipants ?? []).map((p) => ({
          personId: p.personId,
          organisation: p.organisation,
        })),
        sources: events.map((e) => e.position),
      };
    });
  },
};
