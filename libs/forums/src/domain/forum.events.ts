import { DomainEvent } from '@samverkan/core/domain';
import { IsoDate, MemberEmployer, RepresentativeRole } from './forums.model';

export type ForumEstablished = DomainEvent<
  'ForumEstablished',
  { forumId: string; name: string; region: string; capacity: number; establishedOn: IsoDate }
>;

/** A decision: the reason is in the envelope. */
export type ForumCapacityChanged = DomainEvent<
  'ForumCapacityChanged',
  { forumId: string; capacity: number; previous: number }
>;

export type MemberAdmitted = DomainEvent<
  'MemberAdmitted',
  { forumId: string; employer: MemberEmployer; joinedOn: IsoDate }
>;

export type MemberResigned = DomainEvent<
  'MemberResigned',
  { forumId: string; organisationNumber: string; leftOn: IsoDate; reason: string; representativeIds: string[] }
>;

export type RepresentativeAdded = DomainEvent<
  'RepresentativeAdded',
  { forumId: string; organisationNumber: string; personId: string; role: RepresentativeRole }
>;

export type RepresentativeRemoved = DomainEvent<
  'RepresentativeRemoved',
  { forumId: string; organisationNumber: string; personId: string }
>;

export type ForumEvent =
  | ForumEstablished
  | ForumCapacityChanged
  | MemberAdmitted
  | MemberResigned
  | RepresentativeAdded
  | RepresentativeRemoved;
