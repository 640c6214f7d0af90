import { PersonDirectory } from '@samverkan/core';
import { ParticipantCounts } from '../domain';
import { ActivityDoc } from '../read-model/momentum.documents';
import { Versioned } from '../read-model/momentum.queries';
import { ProjectActivityParticipantCountsType, ProjectActivityType } from './momentum.types';

const nameOf = (persons: PersonDirectory, id: string) => persons.displayName(id) ?? 'okänd';

const countsOf = (c: ParticipantCounts): ProjectActivityParticipantCountsType => ({
  managers: c.MANAGER,
  hr: c.HR,
  other: c.OTHER,
  named: 0,
  total: c.MANAGER + c.HR + c.OTHER,
});

/** Names of named participants are joined in from the person directory at read time, never stored in the read model. */
export function toActivityType(
  { doc, revision }: Versioned<ActivityDoc>,
  persons: PersonDirectory,
): ProjectActivityType {
  const { participants, totals } = doc;
  return {
    id: doc.activityId,
    kind: doc.kind,
    title: doc.title,
    organiser: doc.organiser,
    date: doc.date,
    place: doc.place,
    country: doc.country,
    region: doc.region,
    expectedParticipants: doc.expectedParticipants,
    status: doc.status,
    year: doc.year,
    heldOn: doc.heldOn,
    summary: doc.summary,
    cancellationReason: doc.cancellationReason,
    participants: participants && {
      organisations: totals.organisations,
      totals: {
        managers: totals.managers,
        hr: totals.hr,
        other: totals.other,
        named: totals.named,
        total: totals.total,
      },
      byOrganisation: participants.organisations.map((o) => ({
        organisation: o.organisation,
        participants: countsOf(o.participants),
      })),
      named: participants.namedParticipants.map((p) => ({ ...p, name: nameOf(persons, p.personId) })),
      recordings: doc.participantRecordings,
    },
    evaluation: doc.evaluation,
    revision,
  };
}
