/** The national knowledge group (nationella kunskapsgruppen) and the knowledge it collects. */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** The one national group; its stream is `knowledgeGroup-national`. */
export const NATIONAL_GROUP_ID = 'national';

/** A member organisation, by a short code (e.g. AV, FHM) and its name. */
export interface MemberOrganisation {
  code: string;
  name: string;
}

export const ITEM_KINDS = ['REPORT', 'METHOD', 'TOOL', 'RESEARCH', 'RECORDING'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** VT: 1 January – 30 June; HT: 1 July – 31 December. */
export const TERMS = ['VT', 'HT'] as const;
export type Term = (typeof TERMS)[number];

/** The group meets twice per term. */
export const EXPECTED_GROUP_MEETINGS_PER_TERM = 2;

/** What the group concluded about a proposed item at a meeting. */
export const REVIEW_VERDICTS = ['APPROVED', 'REJECTED'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

/** What the application read of the group meeting a review cites. */
export interface CitedGroupMeeting {
  meetingId: string;
  status: 'NONE' | 'PLANNED' | 'HELD' | 'CANCELLED';
  heldOn?: IsoDate;
}

/** What the application read of the forum meeting (forums module) an item was presented at. */
export interface PresentedAtForumMeeting {
  meetingId: string;
  exists: boolean;
  forumId: string;
  status: 'NONE' | 'PLANNED' | 'HELD' | 'CANCELLED';
  date: IsoDate;
}
