import type { EventCatalog, EventMetadata } from '@samverkan/core';
import { stockholmDate } from '@samverkan/core/domain';
import type { RecordedEvent } from '@samverkan/event-store';

/**
 * The rules a report is counted by. A seal records the format it was made under, and its
 * amendments rebuild the sealed report by that format, so a seal made before a rule changed still
 * holds (as chain formats keep old trails verifying).
 *
 * - 1: decisions dated by the envelope's `occurredAt` as stored (for events written before the
 *   world's time was kept, the moment the server handled the command), from the modules with
 *   activities only. Seals without a recorded format were made by it.
 * - 2: every event dated by when its fact happened (EventCatalog.occurredAt: a decision on its
 *   `decidedAt`, older events from their data), and the decisions of the modules that opt in
 *   (`esfDecisions`: the plan).
 *
 * Activities are dated alike by both: the day a meeting or activity was held could never be after
 * it was recorded, so the catalog reads the same day from an older event's data.
 */
export const ESF_REPORT_FORMAT = 2;
export type EsfReportFormat = 1 | 2;

export interface ReportRules {
  /** The Stockholm date a decision counts on. */
  decidedOn(event: RecordedEvent): string;
  /** The modules whose decisions the report lists. */
  decisionModules: Set<string>;
}

export function reportRules(catalog: EventCatalog, format: EsfReportFormat = ESF_REPORT_FORMAT): ReportRules {
  if (format === 1) {
    return {
      // Format 1 only, to rebuild what such a seal covered: the stored envelope, as that release read it.
      decidedOn: (e) =>
        stockholmDate(new Date((e.metadata as Partial<EventMetadata>).occurredAt ?? e.recordedAt.toISOString())),
      decisionModules: new Set(catalog.esfReporters().map((r) => r.module)),
    };
  }
  return { decidedOn: (e) => catalog.occurredAt(e).date, decisionModules: new Set(catalog.esfDecisionModules()) };
}

/** A seal's recorded format; absent on seals made before formats were recorded. */
export function formatOf(recorded: number | undefined): EsfReportFormat {
  return recorded === 2 ? 2 : 1;
}
