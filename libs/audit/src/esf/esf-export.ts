import { RoleCounts } from '@samverkan/core/domain';
import type { EsfFileReport } from './esf-file';
import { EsfReport } from './esf-report';

const counts = (c: RoleCounts) => ({ managers: c.MANAGER, hr: c.HR, other: c.OTHER });

/**
 * The report as the API gives it (EsfReportType) and as its files are written: the resolver and
 * `cli export esf` both go through here, so the web app's download equals the shell's file.
 */
export function esfReportView(report: EsfReport): EsfFileReport {
  return {
    from: report.period.from,
    to: report.period.to,
    position: report.position?.toString() ?? null,
    activities: report.activities.map((a) => ({
      ...a,
      organisations: a.organisations.map((o) => ({
        ...o,
        participants: o.participants ? counts(o.participants) : null,
      })),
      participants: { ...counts(a.participants), named: a.participants.named, total: a.participants.total },
      sources: a.sources.map(String),
    })),
    decisions: report.decisions.map((d) => ({ ...d, position: d.position.toString() })),
    activitiesByDeliverable: Object.entries(report.totals.activities).map(([deliverable, activities]) => ({
      deliverable,
      activities,
    })),
    participants: {
      ...counts(report.totals.participants),
      named: report.totals.participants.named,
      total: report.totals.participants.total,
    },
  };
}
