import { Command, Decider, DomainEvent, EventDefinitions, handled, ModuleEvents } from '@samverkan/core/domain';
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

// ── decide ──────────────────────────────────────────────────────────────────────────────────

function decide(command: ErasePerson, state: ErasureState): PersonErased[] {
  switch (command.type) {
    case 'ErasePerson':
      if (state.erased)
        throw AUDIT_RULES.violation('PERSON_ALREADY_ERASED', `${command.data.personId} was erased before`);
      return [
        { type: 'PersonErased', data: { personId: command.data.personId, organisation: command.data.organisation } },
      ];
    default: {
      const unknown: never = command.type;
      throw new Error(`Unknown command ${String(unknown)}`);
    }
  }
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

function evolve(_state: ErasureState, event: PersonErased): ErasureState {
  switch (event.type) {
    case 'PersonErased':
      return { erased: true, personId: event.data.personId };
    default: {
      const unknown: never = event.type;
      throw new Error(`Unknown event ${String(unknown)}`);
    }
  }
}

export const erasureDecider: Decider<ErasePerson, PersonErased, ErasureState> = {
  initialState: () => ({ erased: false }),
  evolve,
  decide,
  worldTimes: { ErasePerson: handled },
};

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
