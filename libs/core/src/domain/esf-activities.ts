/**
 * How a module tells the ESF report what it held. Momentum's deliverables live in several
 * modules (the knowledge group, the forums, the project's own conferences, trainings and study
 * visits); each module reads its own events into rows, so the report never learns their shapes.
 */

export const DELIVERABLES = ['KNOWLEDGE_GROUP', 'REGIONAL_FORUM', 'CONFERENCE', 'TRAINING', 'STUDY_VISIT'] as const;
export type Deliverable = (typeof DELIVERABLES)[number];

export const REPORTED_ROLES = ['MANAGER', 'HR', 'OTHER'] as const;
export type ReportedRole = (typeof REPORTED_ROLES)[number];
export type RoleCounts = Record<ReportedRole, number>;

/** A stored event as a reporter sees it: enough to read it and to cite it. */
export interface ReportedEvent {
  stream: string;
  revision: number;
  position: bigint;
  type: string;
  /** In the current shape (upcast). */
  data: unknown;
  /** When its fact happened in the world (EventCatalog.occurredAt), as an ISO instant. */
  occurredAt: string;
  /** The Stockholm date of `occurredAt`: the day a reporter dates an activity by. */
  occurredOn: string;
}

export interface ReportedOrganisation {
  /** Organisation number or agency code. */
  organisation: string;
  name: string | null;
  /** Null where the module records who took part but not how many (the knowledge group). */
  participants: RoleCounts | null;
}

/** One activity held, as ESF needs it, with the positions of every event it was read from. */
export interface ReportedActivity {
  deliverable: Deliverable;
  activityId: string;
  stream: string;
  title: string;
  /** Seminar, webinar, web training…: the module's own word. */
  format: string;
  /** The day it was held (Stockholm calendar date): the world time of the event that says it was held. */
  heldOn: string;
  organiser: string;
  organisations: ReportedOrganisation[];
  /** Named guests and speakers: ids only; the report joins names in, so an erasure reaches it. */
  namedPeople: Array<{ personId: string; organisation: string }>;
  sources: bigint[];
}

export interface ActivityReporter {
  /** Every stream category the reporter reads; the report hands it all their events. */
  categories: string[];
  report(streams: ReadonlyMap<string, readonly ReportedEvent[]>): ReportedActivity[];
  /**
   * Which streams' rows depend on one another, named by a stream's first event: the ESF read model
   * recomputes a unit's rows from that unit's events alone whenever one of them comes, so every
   * stream a row reads must share its unit. Absent, the reporter's whole output is one unit.
   */
  unitOf?(first: ReportedEvent): string;
}

/** Events of the streams of one category, in order. */
export function streamsOf(
  streams: ReadonlyMap<string, readonly ReportedEvent[]>,
  category: string,
): Array<readonly ReportedEvent[]> {
  return [...streams].filter(([stream]) => stream.startsWith(`${category}-`)).map(([, events]) => events);
}
