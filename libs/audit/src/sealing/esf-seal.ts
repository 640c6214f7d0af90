import { Command, DomainEvent, EventDefinitions } from '@samverkan/core/domain';
import { auditDecider } from '../audit-decider';
import { AUDIT_RULES } from '../audit.rules';

/**
 * A sealed ESF report is a decision in its own stream (esfSeal-<sealId>): the period, the store
 * position the report covers, the sha256 of its rows (names left out) and the integrity root over
 * every stream head at that position. The endpoint computes them; the decider keeps the rules.
 */

export interface SealFacts {
  sealId: string;
  from: string;
  to: string;
  /** The store position the report was built at; null when the store was empty. */
  position: string | null;
  positionSpace: string;
  contentHash: string;
  integrityRoot: string;
  streams: number;
  activities: number;
  decisions: number;
  /** The rules the report was counted by (esf/report-format.ts); its amendments rebuild it by them. */
  reportFormat: number;
}

export type SealEsfReport = Command<'SealEsfReport', SealFacts>;
export type EsfReportSealed = DomainEvent<'EsfReportSealed', SealFacts & { position: string }>;

export type SealState = { sealed: false } | { sealed: true; seal: EsfReportSealed['data'] };

export const sealStream = (sealId: string) => `esfSeal-${sealId}`;

export const sealDecider = auditDecider<SealEsfReport, EsfReportSealed, SealState>({
  command: 'SealEsfReport',
  event: 'EsfReportSealed',
  initialState: () => ({ sealed: false }),
  decide(command, state) {
    const { position, ...facts } = command.data;
    if (state.sealed) throw AUDIT_RULES.violation('SEAL_ALREADY_RECORDED', `Seal ${facts.sealId} was recorded before`);
    if (facts.from > facts.to)
      throw AUDIT_RULES.violation('PERIOD_INVALID', 'The period ends before it starts', {
        from: facts.from,
        to: facts.to,
      });
    if (position === null)
      throw AUDIT_RULES.violation('NOTHING_TO_SEAL', 'The store holds no events: there is no report to seal');
    return [{ type: 'EsfReportSealed', data: { ...facts, position } }];
  },
  evolve: (_state, event) => ({ sealed: true, seal: event.data }),
});

export const sealDefinitions: EventDefinitions<EsfReportSealed> = {
  EsfReportSealed: {
    kind: 'decision',
    schemaVersion: 2,
    summary: (d) =>
      `ESF-rapporten för ${d.from} – ${d.to} förseglades vid position ${d.position} (${d.activities} aktiviteter, ${d.decisions} beslut)`,
    // Version 1 recorded no format: those seals were counted by format 1, the only one there was.
    upcast: (data, storedVersion) =>
      (storedVersion < 2 ? { reportFormat: 1, ...(data as object) } : data) as EsfReportSealed['data'],
  },
};
