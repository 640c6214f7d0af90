import { Command, DomainEvent, EventDefinitions, ModuleEvents } from '@samverkan/core/domain';
import { auditDecider } from '../audit-decider';
import { AUDIT_RULES } from '../audit.rules';

/**
 * A GDPR erasure is a decision recorded in its own stream per person (personErasure-<personId>):
 * the trail keeps that, when, why and by whom a person was erased, and the organisation they
 * acted for; the name itself goes with the person's key in the directory.
 */

export type ErasePerson = Command<'ErasePerson', { personId: string; organisation: string | null }>;
export type PersonErased = DomainEvent<'PersonErased', { personId: string; organisation: string | null }>;

export type ErasureState = { erased: false } | { erased: true; personId: string };

export const erasureStream = (personId: string) => `personErasure-${personId}`;

export const erasureDecider = auditDecider<ErasePerson, PersonErased, ErasureState>({
  command: 'ErasePerson',
  event: 'PersonErased',
  initialState: () => ({ erased: false }),
  decide(command, state) {
    if (state.erased)
      throw AUDIT_RULES.violation('PERSON_ALREADY_ERASED', `${command.data.personId} was erased before`);
    return [
      { type: 'PersonErased', data: { personId: command.data.personId, organisation: command.data.organisation } },
    ];
  },
  evolve: (_state, event) => ({ erased: true, personId: event.data.personId }),
});

const definitions: EventDefinitions<PersonErased> = {
  PersonErased: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) => `Personuppgifter raderades (GDPR) för en person${d.organisation ? ` vid ${d.organisation}` : ''}`,
  },
};

export const privacyModuleEvents: ModuleEvents = {
  module: 'privacy',
  categories: ['personErasure'],
  definitions,
  evolvers: { personErasure: erasureDecider },
};
