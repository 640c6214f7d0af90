import { namedPeople, requiredReason } from '@samverkan/core/domain';
import { participantCounts, participantOrganisation, totalOf } from './momentum.guards';
import { OrganisationParticipants } from './momentum.model';
import { ActivityCommand, ActivityEvent } from './project-activity.commands';
import { ExistingActivity, RecordedParticipants } from './project-activity.state';
import { MOMENTUM_RULES } from './momentum.rules';

/**
 * Participants are recorded only for a held activity (the decider lets no other through): organisations (each once, with at least one
 * person) and named people (each once). ESF counts participants, so every one must be traceable;
 * recording again replaces the list, as a correction with a reason.
 */
export function recordParticipants(
  command: ActivityCommand<'RecordParticipants'>,
  activity: ExistingActivity,
): ActivityEvent[] {
  const { activityId } = activity;
  const given = { organisations: command.data.organisations ?? [], named: command.data.namedParticipants ?? [] };
  if (
    !Array.isArray(given.organisations) ||
    !Array.isArray(given.named) ||
    (given.organisations.length === 0 && given.named.length === 0)
  ) {
    throw MOMENTUM_RULES.violation('NO_PARTICIPANTS', 'Participants name at least one organisation or person', {
      activityId,
    });
  }
  const organisations = validOrganisations(given.organisations, activityId);
  const namedParticipants = namedPeople(given.named, NAMED_RULES, { activityId });
  const next = { organisations, namedParticipants };
  if (activity.participants === undefined) return [{ type: 'ParticipantsRecorded', data: { activityId, ...next } }];
  if (sameParticipants(next, activity.participants)) return [];
  const reason = requiredReason(command.reason, { activityId });
  return [{ type: 'ParticipantsRecorded', data: { activityId, ...next, reason } }];
}

/** Everyone recorded: the organisations' people by role and the named participants. */
export function participantTotal(participants: RecordedParticipants): number {
  return (
    participants.organisations.reduce((sum, o) => sum + totalOf(o.participants), 0) +
    participants.namedParticipants.length
  );
}

function validOrganisations(given: OrganisationParticipants[], activityId: string): OrganisationParticipants[] {
  const seen = new Set<string>();
  return given.map((entry, index) => {
    const organisation = participantOrganisation(entry?.organisation, { activityId, index });
    const details = { activityId, index, organisation };
    if (seen.has(organisation)) {
      throw MOMENTUM_RULES.violation('DUPLICATE_ORGANISATION', `${organisation} is named twice`, details);
    }
    seen.add(organisation);
    return { organisation, participants: participantCounts(entry.participants, details) };
  });
}

const NAMED_RULES = {
  unnamed: MOMENTUM_RULES.code('UNNAMED_PARTICIPANT'),
  unnamedMessage: 'A named participant is a person from an organisation',
  duplicate: MOMENTUM_RULES.code('DUPLICATE_PARTICIPANT'),
  who: 'Participant',
};

/** Recording the same list again (a retried form) is already done. */
function sameParticipants(next: RecordedParticipants, current: RecordedParticipants): boolean {
  return (
    JSON.stringify(next) ===
    JSON.stringify({ organisations: current.organisations, namedParticipants: current.namedParticipants })
  );
}
