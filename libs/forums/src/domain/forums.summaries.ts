export { counted, oneLine } from '@samverkan/core/domain';
import {
  EmployerSize,
  MeetingFormat,
  MemberAttendance,
  ParticipantRole,
  RepresentativeRole,
  Sector,
  Term,
} from './forums.model';

/** Swedish labels for the forums' codes, for summaries, read models and clients. */

export const sectorLabel: Record<Sector, string> = {
  PUBLIC: 'offentlig sektor',
  PRIVATE: 'privat sektor',
};

export const employerSizeLabel: Record<EmployerSize, string> = {
  FROM_250_TO_499: '250–499 anställda',
  FROM_500_TO_999: '500–999 anställda',
  FROM_1000_TO_4999: '1 000–4 999 anställda',
  FROM_5000: '5 000 anställda eller fler',
};

export const representativeRoleLabel: Record<RepresentativeRole, string> = {
  MANAGER: 'chef',
  HR: 'HR-personal',
};

export const participantRoleLabel: Record<ParticipantRole, string> = {
  MANAGER: 'chefer',
  HR: 'HR-personal',
  OTHER: 'övriga',
};

export const meetingFormatLabel: Record<MeetingFormat, string> = {
  SEMINAR: 'seminarium',
  WORKSHOP: 'workshop',
  EXPERIENCE_EXCHANGE: 'erfarenhetsutbyte',
  WEBINAR: 'webbinarium',
};

export const termLabel: Record<Term, string> = {
  VT: 'vårtermin',
  HT: 'hösttermin',
};

/** Everyone the member employers sent, whatever their role. */
export function participantTotal(members: readonly MemberAttendance[]): number {
  return members.reduce(
    (sum, { participants }) => sum + participants.MANAGER + participants.HR + participants.OTHER,
    0,
  );
}
