import { CommandIn } from '@samverkan/core/domain';
import { MemberEmployer, IsoDate, RepresentativeRole } from './forums.model';

export interface ForumCommands {
  /** The steering group founds a forum in a region. */
  EstablishForum: { forumId: string; name: string; region: string; capacity: number; establishedOn: IsoDate };
  /** A decision of the steering group; never below the current number of members. */
  ChangeForumCapacity: { forumId: string; capacity: number };
  /** An employer joins; refused when the forum is full or the employer is already a member. */
  AdmitMember: { forumId: string; employer: MemberEmployer; joinedOn: IsoDate };
  /** An employer leaves the forum (reason required); its representatives leave with it. */
  ResignMember: { forumId: string; organisationNumber: string; leftOn: IsoDate };
  /** A manager or HR person of a member employer represents it; the person's name is in the person directory. */
  AddRepresentative: { forumId: string; organisationNumber: string; personId: string; role: RepresentativeRole };
  RemoveRepresentative: { forumId: string; organisationNumber: string; personId: string };
}

export type ForumCommand<T extends keyof ForumCommands = keyof ForumCommands> = CommandIn<ForumCommands, T>;
