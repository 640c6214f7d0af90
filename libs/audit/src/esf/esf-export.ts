import { RoleCounts } from '@samverkan/core/domain';
import type { EsfFileReport } from './esf-file';
import { EsfReport } from './esf-report';

const counts = (c: RoleCounts) => ({ managers: c.MANAGER, hr: c.HR, other: c.OTHER });
// Written out, not `{ ...counts(c), named, total }`: a row per activity, and keys added after a
// spread take V8's slow path on Node 20 (bench/README.md).
const totals = (c: RoleCounts & { named: number; total: number }) => ({
  managers: c.MANAGER,
  hr: c.HR,
  other: c.OTHER,
  named: c.named,
  total: c.total,
});

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
      participants: totals(a.participants),
      sources: a.sources.map(String),
    })),
    decisions: report.decisions.map((d) => ({ ...d, position: d.position.toString() })),
    activitiesByDeliverable: Object.entries(report.totals.activities).map(([deliverable, activities]) => ({
      deliverable,
      activities,
    })),
    participants: totals(report.totals.participants),
  };
}
