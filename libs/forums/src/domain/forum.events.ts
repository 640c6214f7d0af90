import { EventIn } from '@samverkan/core/domain';
import { IsoDate, MemberEmployer, RepresentativeRole } from './forums.model';

export interface ForumEvents {
  ForumEstablished: { forumId: string; name: string; region: string; capacity: number; establishedOn: IsoDate };
  /** A decision: the reason is in the envelope. */
  ForumCapacityChanged: { forumId: string; capacity: number; previous: number };
  MemberAdmitted: { forumId: string; employer: MemberEmployer; joinedOn: IsoDate };
  MemberResigned: {
    forumId: string;
    organisationNumber: string;
    leftOn: IsoDate;
    reason: string;
    representativeIds: string[];
  };
  RepresentativeAdded: { forumId: string; organisationNumber: string; personId: string; role: RepresentativeRole };
  RepresentativeRemoved: { forumId: string; organisationNumber: string; personId: string };
}

export type ForumEvent<T extends keyof ForumEvents = keyof ForumEvents> = EventIn<ForumEvents, T>;
