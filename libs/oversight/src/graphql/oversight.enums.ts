import { registerEnumType } from '@nestjs/graphql';
import { enumFrom } from '@samverkan/core';
import { OBLIGATION_KINDS, OBLIGATION_MODULES } from '../domain';
import { EXPECTATION_KINDS, EXPECTATION_STATUSES } from '../read-model/plan-versus-actual';

export const ObligationKindEnum = enumFrom(OBLIGATION_KINDS);
export const ObligationModuleEnum = enumFrom(OBLIGATION_MODULES);
export const ExpectationKindEnum = enumFrom(EXPECTATION_KINDS);
export const ExpectationStatusEnum = enumFrom(EXPECTATION_STATUSES);
export const OversightTermEnum = enumFrom(['VT', 'HT'] as const);

registerEnumType(ObligationKindEnum, {
  name: 'ObligationKind',
  description:
    "TIP_OUTCOME: AV's outcome of a sent tip; JOINT_ACTION; PLAN_ACTIVITY; DIALOGUE_OUTCOMES: outcomes after a held dialogue meeting.",
});
registerEnumType(ObligationModuleEnum, {
  name: 'ObligationModule',
  description: 'The module the obligation comes from (the timeline module name).',
});
registerEnumType(ExpectationKindEnum, { name: 'ExpectationKind' });
registerEnumType(ExpectationStatusEnum, {
  name: 'ExpectationStatus',
  description:
    'MET; ON_TRACK; AT_RISK (short of it, or due within 30 days); MISSED (the term or due date passed, or done late).',
});
registerEnumType(OversightTermEnum, { name: 'OversightTerm', description: 'VT: January–June; HT: July–December.' });
