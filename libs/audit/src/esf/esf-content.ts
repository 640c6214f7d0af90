import { createHash } from 'node:crypto';
import { canonicalJson } from '@samverkan/core';
import type { EsfActivityRow, EsfDecisionRow, EsfReport } from './esf-report';

/**
 * What a seal or a monthly report fingerprints: the rows as the trail gives them, without people's
 * names (they are joined at read time and may be erased later) and without summaries (wording the
 * code writes, not the trail). Positions are strings: they are 64-bit.
 */
export function activityContent(a: EsfActivityRow) {
  return {
    deliverable: a.deliverable,
    activityId: a.activityId,
    stream: a.stream,
    title: a.title,
    format: a.format,
    heldOn: a.heldOn,
    organiser: a.organiser,
    organisations: a.organisations.map((o) => ({
      organisation: o.organisation,
      name: o.name,
      participants: o.participants,
    })),
    namedPeople: a.namedPeople.map((p) => ({ personId: p.personId, organisation: p.organisation })),
    participants: a.participants,
    sources: a.sources.map(String),
  };
}

export function decisionContent(d: EsfDecisionRow) {
  return {
    decidedOn: d.decidedOn,
    module: d.module,
    stream: d.stream,
    eventId: d.eventId,
    type: d.type,
    reason: d.reason,
    decidedBy: { personId: d.decidedBy.personId, organisation: d.decidedBy.organisation, role: d.decidedBy.role },
    position: d.position.toString(),
  };
}

/** sha256 over the canonical JSON (sorted keys) of a value. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** The fingerprint a seal records: every activity and decision row of the report. */
export function esfReportHash(report: Pick<EsfReport, 'activities' | 'decisions'>): string {
  return contentHash({
    activities: report.activities.map(activityContent),
    decisions: report.decisions.map(decisionContent),
  });
}

/** The fingerprint a monthly participant report records: the month's activity rows. */
export function activitiesHash(activities: readonly EsfActivityRow[]): string {
  return contentHash({ activities: activities.map(activityContent) });
}
