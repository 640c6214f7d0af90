import { NotFoundError } from '@samverkan/core';
import type { EventCatalog, PersonDirectory } from '@samverkan/core';
import { categoryOf, type EventStore, type Position, type RecordedEvent } from '@samverkan/event-store';
import { esfReportHash } from '../esf/esf-content';
import { buildEsfReport, esfCategories, EsfPeriod, EsfReport } from '../esf/esf-report';
import { CitedEvent, citedEvent, readBetween } from '../esf/trail-events';
import { headsAt } from '../integrity/digest';
import { sealStream } from './esf-seal';
import { SealView, sealView } from './esf-seals';
import { diffReports, RowAmendment } from './report-diff';
import { AUDIT_RULES } from '../audit.rules';

/** A sealed report against the same report now, without the walk of the trail (`sealRootHolds`). */
export interface EsfSealComparison {
  seal: SealView;
  /** The report recomputed as of the sealed position hashes to the sealed hash. */
  contentHolds: boolean;
  recomputedHash: string;
  /** The report now, and where it was read. */
  currentHash: string;
  position: Position | null;
  amendments: Array<Omit<RowAmendment, 'causes'> & { causes: CitedEvent[] }>;
  /**
   * Every event of the report's modules recorded after the sealed position whose fact happened
   * inside the sealed period, whether or not it changed a row: backdating into a sealed period is
   * never silent. Each with both clocks and whether it is a late entry.
   */
  recordedAfterSeal: CitedEvent[];
}

export interface EsfAmendments extends EsfSealComparison {
  /** The integrity root over every stream head at the sealed position is the sealed one. */
  rootHolds: boolean;
  /** Both hold: the trail up to the seal was not altered. */
  holds: boolean;
}

type Deps = { store: EventStore; catalog: EventCatalog; persons: PersonDirectory; lateEntryDays: number };

/**
 * What changed in a sealed report since it was sealed, and whether the trail up to the seal holds:
 * `compareWithSeal` and `sealRootHolds` together.
 */
export async function esfAmendments(
  deps: Deps,
  sealId: string,
  current?: (period: EsfPeriod) => EsfReport,
): Promise<EsfAmendments> {
  const comparison = await compareWithSeal(deps, sealId, current);
  const rootHolds = await sealRootHolds(deps.store, comparison.seal);
  return { ...comparison, rootHolds, holds: comparison.contentHolds && rootHolds };
}

/**
 * The integrity root over every stream head at the sealed position is the sealed one: a walk of
 * every event up to the seal, so it costs what the trail before the seal holds, like a digest.
 */
export async function sealRootHolds(store: EventStore, seal: Pick<SealView, 'position' | 'integrityRoot'>) {
  return (await headsAt(store, seal.position)).root === seal.integrityRoot;
}

/**
 * The report recomputed as of the sealed position by the rules it was sealed under (it must hash
 * to the seal, or the trail was altered) against the report now, row by row, each difference
 * citing the later events behind it; and every later event dated inside the sealed period. It
 * reads Momentum's modules only, up to the seal and after it: not the rest of the trail.
 */
export async function compareWithSeal(
  deps: Deps,
  sealId: string,
  current?: (period: EsfPeriod) => EsfReport,
): Promise<EsfSealComparison> {
  const [event] = await deps.store.readStream(sealStream(sealId), { maxCount: 1 });
  if (!event || event.type !== 'EsfReportSealed') throw new NotFoundError('EsfSeal', sealId);
  const seal = sealView(deps, event);
  if (seal.positionSpace !== deps.store.positionSpace) {
    throw AUDIT_RULES.violation(
      'SEAL_FROM_ANOTHER_STORE',
      `The seal covers a ${seal.positionSpace} store; this is ${deps.store.positionSpace} (positions differ after a migration)`,
    );
  }
  const period = { from: seal.from, to: seal.to };
  const sealed = await buildEsfReport(deps, period, { upTo: seal.position, format: seal.reportFormat });
  // The report now from the read model where it stands at or after the seal; else from the events.
  const kept = current?.(period);
  const now =
    kept && kept.position !== null && kept.position >= seal.position ? kept : await buildEsfReport(deps, period);
  // Only the report's own categories (as sealed and as now): the rows and their causes are theirs,
  // and reading every later event grew with the whole history since the seal.
  const categories = [...esfCategories(deps.catalog, seal.reportFormat), ...esfCategories(deps.catalog)];
  const later = await readBetween(
    deps.store,
    seal.position,
    now.position,
    categories.map((c) => `${c}-`),
  );
  const byStream = new Map<string, Position[]>();
  for (const e of later) byStream.set(e.stream, [...(byStream.get(e.stream) ?? []), e.position]);
  const byPosition = new Map(later.map((e) => [e.position, e]));
  const rows = diffReports({ ...sealed, position: seal.position }, now, (stream) => byStream.get(stream) ?? []);
  const recomputedHash = esfReportHash(sealed);
  const contentHolds = recomputedHash === seal.contentHash;
  const cite = (e: RecordedEvent) => citedEvent(deps.catalog, e, deps.lateEntryDays);
  const reported = new Set(esfCategories(deps.catalog));
  const inPeriod = (e: RecordedEvent) => {
    const { date } = deps.catalog.occurredAt(e);
    return date >= period.from && date <= period.to;
  };
  return {
    seal,
    contentHolds,
    recomputedHash,
    currentHash: esfReportHash(now),
    position: now.position,
    amendments: rows.map((row) => ({
      ...row,
      causes: row.causes.flatMap((p) => {
        const cited = byPosition.get(p);
        return cited ? [cite(cited)] : [];
      }),
    })),
    recordedAfterSeal: later.filter((e) => reported.has(categoryOf(e.stream)) && inPeriod(e)).map(cite),
  };
}
