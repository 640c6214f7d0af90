import { deciderSpecification } from '@samverkan/core/testing/decider-specification';
import { ErasePerson, erasureDecider, PersonErased, privacyModuleEvents } from './person-erasure';

const now = new Date('2026-11-23T10:00:00Z');
const erase = (personId = 'person-1'): ErasePerson => ({
  type: 'ErasePerson',
  data: { personId, organisation: 'FK' },
  metadata: { now },
});
const erased: PersonErased = { type: 'PersonErased', data: { personId: 'person-1', organisation: 'FK' } };
const spec = deciderSpecification(erasureDecider);

describe('Person erasure', () => {
  describe('when the person was never erased', () => {
    it('records the erasure, keeping the organisation', () => spec.given([]).when(erase()).then([erased]));
  });

  describe('when the person was erased before', () => {
    it('refuses a second erasure', () => spec.given([erased]).when(erase()).thenThrows('PERSON_ALREADY_ERASED'));
  });

  it('is a decision, and its summary names no person', () => {
    const definition = privacyModuleEvents.definitions.PersonErased;
    expect(definition.kind).toBe('decision');
    expect(definition.summary(erased.data)).toBe('Personuppgifter raderades (GDPR) för en person vid FK');
    expect(definition.summary(erased.data)).not.toContain('person-1');
  });
});
