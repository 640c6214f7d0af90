import { NotFoundError } from '@samverkan/core';
import type { EventCatalog, PersonDirectory } from '@samverkan/core';
import { categoryOf, type EventStore, type Position, type RecordedEvent } from '@samverkan/event-store';
import { esfReportHash } from '../esf/esf-content';
import { EsfReading, esfReportFromReadModel, sealDeltaFromReadModel, storedAt } from '../esf/esf-read-model';
import { buildEsfReport, esfCategories, EsfReport } from '../esf/esf-report';
import { CitedEvent, citedEvent, readBetween } from '../esf/trail-events';
import { headsAt } from '../integrity/digest';
import { sealStream } from './esf-seal';
import { SealView, sealView } from './esf-seals';
import { diffReports, RowAmendment } from './report-diff';
import { AUDIT_RULES } from '../audit.rules';

/** A sealed report against the same report now, row by row: what changed, and what was recorded late. */
export interface EsfSealComparison {
  seal: SealView;
  /** Where the report now was read. */
  position: Position | null;
  amendments: Array<Omit<RowAmendment, 'causes'> & { causes: CitedEvent[] }>;
  /**
   * Every event of the report's modules recorded after the sealed position whose fact happened
   * inside the sealed period, whether or not it changed a row: backdating into a sealed period is
   * never silent. Each with both clocks and whether it is a late entry.
   */
  recordedAfterSeal: CitedEvent[];
}

/** The fingerprints: the report as of the seal recomputed from the trail, and the report now. */
export interface EsfSealHashes {
  /** The report recomputed as of the sealed position hashes to the sealed hash. */
  contentHolds: boolean;
  recomputedHash: string;
  currentHash: string;
}

export interface EsfAmendments extends EsfSealComparison, EsfSealHashes {
  /** The integrity root over every stream head at the sealed position is the sealed one. */
  rootHolds: boolean;
  /** Both hold: the trail up to the seal was not altered. */
  holds: boolean;
}

type Deps = { store: EventStore; catalog: EventCatalog; persons: PersonDirectory; lateEntryDays: number };

/** The ESF read model, read synchronously: its position and its rows agree. */
export type EsfReadModelAccess = () => EsfReading;

/** Everything about a seal, from the events: the comparison, both fingerprints and the walk of the trail. */
export async function esfAmendments(deps: Deps, sealId: string): Promise<EsfAmendments> {
  const seal = await sealOf(deps, sealId);
  const { comparison, sealed, now } = await compareFromEvents(deps, seal);
  const hashes = hashesOf(seal, sealed, now);
  const rootHolds = await sealRootHolds(deps.store, seal);
  return { ...comparison, ...hashes, rootHolds, holds: hashes.contentHolds && rootHolds };
}

/** The seal as recorded; refused when it covers another store's positions. */
export async function sealOf(deps: Pick<Deps, 'store' | 'catalog' | 'persons'>, sealId: string): Promise<SealView> {
  const [event] = await deps.store.readStream(sealStream(sealId), { maxCount: 1 });
  if (!event || event.type !== 'EsfReportSealed') throw new NotFoundError('EsfSeal', sealId);
  const seal = sealView(deps, event);
  if (seal.positionSpace !== deps.store.positionSpace) {
    throw AUDIT_RULES.violation(
      'SEAL_FROM_ANOTHER_STORE',
      `The seal covers a ${seal.positionSpace} store; this is ${deps.store.positionSpace} (positions differ after a migration)`,
    );
  }
  return seal;
}

/**
 * The integrity root over every stream head at the sealed position is the sealed one: a walk of
 * every event up to the seal, so it costs what the trail before the seal holds, like a digest.
 */
export async function sealRootHolds(store: EventStore, seal: Pick<SealView, 'position' | 'integrityRoot'>) {
  return (await headsAt(store, seal.position)).root === seal.integrityRoot;
}

/**
 * The fingerprints: the report as of the sealed position recomputed from the trail by the seal's
 * format (it must hash to the seal, or the trail was altered), and the report now (from the read
 * model when given). Both read every row of the period, so they are worked out when asked.
 */
export async function sealHashes(
  deps: Pick<Deps, 'store' | 'catalog' | 'persons'>,
  seal: SealView,
  readModel?: EsfReadModelAccess,
): Promise<EsfSealHashes> {
  const period = { from: seal.from, to: seal.to };
  const sealed = await buildEsfReport(deps, period, { upTo: seal.position, format: seal.reportFormat });
  const reading = readModel?.();
  const now =
    reading && reading.position !== null ? esfReportFromReadModel(reading, period) : await buildEsfReport(deps, period);
  return hashesOf(seal, sealed, now);
}

function hashesOf(seal: SealView, sealed: EsfReport, now: EsfReport): EsfSealHashes {
  const recomputedHash = esfReportHash(sealed);
  return { contentHolds: recomputedHash === seal.contentHash, recomputedHash, currentHash: esfReportHash(now) };
}

/**
 * What changed in a sealed report since it was sealed, row by row, each difference citing the
 * later events behind it, and every later event dated inside the sealed period. From the read
 * model where it has seen the seal: it reads only the units with events after the seal and the
 * events it will cite, so its cost is what changed since. Else from the events: the report as of
 * the seal and now, and Momentum's events after the seal.
 */
export async function compareWithSeal(
  deps: Deps,
  sealId: string,
  readModel?: EsfReadModelAccess,
): Promise<EsfSealComparison> {
  const seal = await sealOf(deps, sealId);
  const reading = readModel?.();
  const delta =
    reading && reading.position !== null && reading.position >= seal.position
      ? sealDeltaFromReadModel(reading, deps.catalog.esfReporters(), seal)
      : null;
  if (!delta || !reading) return (await compareFromEvents(deps, seal)).comparison;
  const rows = diffReports(
    { ...delta.sealed, position: seal.position },
    delta.now,
    (stream) => delta.laterInStream.get(stream) ?? [],
  );
  const cited = new Set([...rows.flatMap((r) => r.causes), ...delta.datedInPeriod]);
  const where = storedAt(reading, [...cited]);
  const byPosition = new Map<Position, RecordedEvent>();
  for (const [position, { stream, revision }] of where) {
    const [event] = await deps.store.readStream(stream, { fromRevision: revision, maxCount: 1 });
    if (event?.position === position) byPosition.set(position, event);
  }
  return citing(deps, seal, reading.position, rows, byPosition, delta.datedInPeriod);
}

async function compareFromEvents(
  deps: Deps,
  seal: SealView,
): Promise<{ comparison: EsfSealComparison; sealed: EsfReport; now: EsfReport }> {
  const period = { from: seal.from, to: seal.to };
  const sealed = await buildEsfReport(deps, period, { upTo: seal.position, format: seal.reportFormat });
  const now = await buildEsfReport(deps, period);
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
  const rows = diffReports({ ...sealed, position: seal.position }, now, (stream) => byStream.get(stream) ?? []);
  const reported = new Set(esfCategories(deps.catalog));
  const dated = later
    .filter((e) => {
      const { date } = deps.catalog.occurredAt(e);
      return reported.has(categoryOf(e.stream)) && date >= period.from && date <= period.to;
    })
    .map((e) => e.position);
  const byPosition = new Map(later.map((e) => [e.position, e]));
  return { comparison: citing(deps, seal, now.position, rows, byPosition, dated), sealed, now };
}

function citing(
  deps: Deps,
  seal: SealView,
  position: Position | null,
  rows: RowAmendment[],
  byPosition: ReadonlyMap<Position, RecordedEvent>,
  dated: Position[],
): EsfSealComparison {
  const cite = (p: Position) => {
    const e = byPosition.get(p);
    return e ? [citedEvent(deps.catalog, e, deps.lateEntryDays)] : [];
  };
  return {
    seal,
    position,
    amendments: rows.map((row) => ({ ...row, causes: row.causes.flatMap(cite) })),
    recordedAfterSeal: dated.flatMap(cite),
  };
}
