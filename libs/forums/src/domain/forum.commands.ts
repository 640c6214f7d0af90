import { Command } from '@samverkan/core/domain';
import { MemberEmployer, IsoDate, RepresentativeRole } from './forums.model';

/** The steering group founds a forum in a region. */
export type EstablishForum = Command<
  'EstablishForum',
  { forumId: string; name: string; region: string; capacity: number; establishedOn: IsoDate }
>;

/** A decision of the steering group; never below the current number of members. */
export type ChangeForumCapacity = Command<'ChangeForumCapacity', { forumId: string; capacity: number }>;

/** An employer joins; refused when the forum is full or the employer is already a member. */
export type AdmitMember = Command<'AdmitMember', { forumId: string; employer: MemberEmployer; joinedOn: IsoDate }>;

/** An employer leaves the forum (reason required); its representatives leave with it. */
export type ResignMember = Command<'ResignMember', { forumId: string; organisationNumber: string; leftOn: IsoDate }>;

/** A manager or HR person of a member employer represents it; the person's name is in the person directory. */
export type AddRepresentative = Command<
  'AddRepresentative',
  { forumId: string; organisationNumber: string; personId: string; role: RepresentativeRole }
>;

export type RemoveRepresentative = Command<
  'RemoveRepresentative',
  { forumId: string; organisationNumber: string; personId: string }
>;

export type ForumCommand =
  EstablishForum | ChangeForumCapacity | AdmitMember | ResignMember | AddRepresentative | RemoveRepresentative;
