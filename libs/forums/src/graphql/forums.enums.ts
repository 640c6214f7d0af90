import { enumFrom } from '@samverkan/core';
import { registerEnumType } from '@nestjs/graphql';
import { EMPLOYER_SIZES, MEETING_FORMATS, PARTICIPANT_ROLES, REPRESENTATIVE_ROLES, SECTORS, TERMS } from '../domain';

export const SectorEnum = enumFrom(SECTORS);
export const EmployerSizeEnum = enumFrom(EMPLOYER_SIZES);
export const RepresentativeRoleEnum = enumFrom(REPRESENTATIVE_ROLES);
export const MeetingFormatEnum = enumFrom(MEETING_FORMATS);
export const TermEnum = enumFrom(TERMS);
export const ParticipantRoleEnum = enumFrom(PARTICIPANT_ROLES);
export const MeetingStatusEnum = enumFrom(['PLANNED', 'HELD', 'CANCELLED'] as const);
export const JointActionStatusEnum = enumFrom(['AGREED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const);

registerEnumType(SectorEnum, { name: 'Sector', description: 'Public or private employer.' });
registerEnumType(EmployerSizeEnum, {
  name: 'EmployerSize',
  description: 'Employees, in bands (forums invite employers above 250).',
});
registerEnumType(RepresentativeRoleEnum, { name: 'RepresentativeRole' });
registerEnumType(MeetingFormatEnum, { name: 'MeetingFormat' });
registerEnumType(TermEnum, { name: 'Term', description: 'VT: 1 January – 30 June; HT: 1 July – 31 December.' });
registerEnumType(ParticipantRoleEnum, { name: 'ParticipantRole' });
registerEnumType(MeetingStatusEnum, { name: 'MeetingStatus' });
registerEnumType(JointActionStatusEnum, { name: 'JointActionStatus' });
