import { registerEnumType } from '@nestjs/graphql';
import { EMPLOYER_SIZES, MEETING_FORMATS, PARTICIPANT_ROLES, REPRESENTATIVE_ROLES, SECTORS, TERMS } from '../domain';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SectorEnum = enumOf(SECTORS);
export const EmployerSizeEnum = enumOf(EMPLOYER_SIZES);
export const RepresentativeRoleEnum = enumOf(REPRESENTATIVE_ROLES);
export const MeetingFormatEnum = enumOf(MEETING_FORMATS);
export const TermEnum = enumOf(TERMS);
export const ParticipantRoleEnum = enumOf(PARTICIPANT_ROLES);
export const MeetingStatusEnum = enumOf(['PLANNED', 'HELD', 'CANCELLED'] as const);
export const JointActionStatusEnum = enumOf(['AGREED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const);

registerEnumType(SectorEnum, { name: 'Sector', description: 'Public or private employer.' });
registerEnumType(EmployerSizeEnum, { name: 'EmployerSize', description: 'Employees, in bands (forums invite employers above 250).' });
registerEnumType(RepresentativeRoleEnum, { name: 'RepresentativeRole' });
registerEnumType(MeetingFormatEnum, { name: 'MeetingFormat' });
registerEnumType(TermEnum, { name: 'Term', description: 'VT: 1 January – 30 June; HT: 1 July – 31 December.' });
registerEnumType(ParticipantRoleEnum, { name: 'ParticipantRole' });
registerEnumType(MeetingStatusEnum, { name: 'MeetingStatus' });
registerEnumType(JointActionStatusEnum, { name: 'JointActionStatus' });
