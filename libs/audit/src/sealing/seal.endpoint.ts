import { commandEndpoint, InputValidationError, Prepared } from '@samverkan/core';
import { AUDIT_RULES } from '../audit.rules';
import { esfReportHash } from '../esf/esf-content';
import { buildEsfReport } from '../esf/esf-report';
import { ESF_REPORT_FORMAT } from '../esf/report-format';
import { headsAt } from '../integrity/digest';
import { SealEsfReport, sealDecider, SealFacts, sealStream } from './esf-seal';

/** What the endpoint reads besides streams: the whole trail, to build the report and its integrity root. */
export type TrailReading = Parameters<typeof buildEsfReport>[0];

/** A seal names its period; the endpoint builds the report at the store's head and fingerprints it. */
export type SealRequest = Omit<SealEsfReport, 'metadata' | 'data' | 'reason'> & {
  data: { from: string; to: string };
  reason: string;
};

/**
 * The seal's way in: builds the report at the store's head, fingerprints its rows, takes the
 * integrity root over every stream head at that position, and records them as a decision. The
 * seal's id is the command id, so a retry replays the first seal without building the report again.
 */
export function sealEndpoint(trail: TrailReading) {
  return commandEndpoint({
    name: 'esfSeal',
    decider: sealDecider,
    streamOf: (command: SealEsfReport) => sealStream(command.data.sealId),
    async prepare(request: SealRequest, tools): Promise<Prepared<SealEsfReport>> {
      const { from, to } = request.data;
      if (from > to) throw new InputValidationError([{ field: 'to', messages: ['to must not be before from'] }]);
      const sealId = tools.commandId;
      const sealed = (await tools.load(sealStream(sealId), sealDecider)).revision >= 0;
      const data = sealed ? unused(trail, sealId, from, to) : await facts(trail, sealId, from, to);
      return { command: { ...request, data, metadata: tools.metadata } };
    },
  });
}

async function facts(trail: TrailReading, sealId: string, from: string, to: string): Promise<SealFacts> {
  const { store } = trail;
  const position = await store.headPosition();
  if (position === null) return unused(trail, sealId, from, to);
  const report = await buildEsfReport(trail, { from, to }, { upTo: position });
  const integrity = await headsAt(store, position);
  if (integrity.firstBroken) {
    const b = integrity.firstBroken;
    throw AUDIT_RULES.violation(
      'TRAIL_BROKEN',
      `The trail fails verification (${b.problem} at ${b.stream ?? '?'} revision ${b.revision ?? '?'}): a seal must not bless damage`,
    );
  }
  return {
    sealId,
    from,
    to,
    position: position.toString(),
    positionSpace: store.positionSpace,
    contentHash: esfReportHash(report),
    integrityRoot: integrity.root,
    streams: integrity.heads.length,
    activities: report.activities.length,
    decisions: report.decisions.length,
    reportFormat: ESF_REPORT_FORMAT,
  };
}

/** Facts for a command the decider will refuse or the pipeline replay: nothing is read. */
function unused({ store }: TrailReading, sealId: string, from: string, to: string): SealFacts {
  return {
    sealId,
    from,
    to,
    position: null,
    positionSpace: store.positionSpace,
    contentHash: '',
    integrityRoot: '',
    streams: 0,
    activities: 0,
    decisions: 0,
    reportFormat: ESF_REPORT_FORMAT,
  };
}
