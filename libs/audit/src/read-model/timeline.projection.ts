import type Database from 'better-sqlite3';
import { EventCatalog, EventMetadata, prepared, Projection } from '@samverkan/core';
import { daysLate } from '@samverkan/core/domain';

export const TIMELINE_TABLE = 'timeline';

const index = (name: string, on: string) => `CREATE INDEX IF NOT EXISTS ${name} ON ${TIMELINE_TABLE} ${on}`;

/** The timeline's filters, each with position so a filtered page is read in order from its index. */
const TIMELINE_INDEXES: Record<string, string> = {
  timeline_stream: index('timeline_stream', '(stream, position)'),
  timeline_module: index('timeline_module', '(module, position)'),
  timeline_actor: index('timeline_actor', '(actor_id, position)'),
  timeline_organisation: index('timeline_organisation', '(actor_organisation, position)'),
  timeline_kind: index('timeline_kind', '(kind, position)'),
  timeline_correlation: index('timeline_correlation', '(correlation_id, position)'),
  // A world-time window reads each of its years in position order from here (timeline.window.ts);
  // it replaces an index on occurred_at alone, from which a window was read whole and sorted.
  timeline_occurred_year: index('timeline_occurred_year', '(substr(occurred_at, 1, 4), position)'),
  timeline_recorded: index('timeline_recorded', '(recorded_at)'),
  // Most events are recorded the day they happen: the late ones are few and found from here.
  timeline_late: index('timeline_late', '(days_late, position) WHERE days_late > 0'),
  timeline_event: index('timeline_event', '(event_id)'),
};
/** Holds the few corrections only: kept up while replaying, where building it would scan every row. */
const CORRECTIONS_INDEX = index('timeline_corrects', '(corrects) WHERE corrects IS NOT NULL');

const INSERT_COLUMNS = [
  'position',
  'event_id',
  'stream',
  'module',
  'revision',
  'type',
  'kind',
  'occurred_at',
  'occurred_from',
  'occurred_derived',
  'recorded_at',
  'days_late',
  'actor_id',
  'actor_organisation',
  'actor_role',
  'reason',
  'correlation_id',
  'causation_id',
  'command_id',
  'summary',
  'data',
  'corrects',
  'correction_reason',
];
const INSERT = `INSERT OR IGNORE INTO ${TIMELINE_TABLE} (${INSERT_COLUMNS.join(', ')})
  VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')})`;

/**
 * Every event as one audit timeline row, keyed by position so a replay changes nothing. The row
 * keeps the fact's world time as the catalog reads it and the days from that to its recording;
 * whether that makes it a late entry is decided when read, by the LATE_ENTRY_DAYS then in force.
 */
export function timelineProjection(catalog: EventCatalog): Projection {
  return {
    name: 'audit.timeline',
    // 3: occurred_at is the world's time (catalog.occurredAt), with where it came from and days_late.
    version: 3,
    deferrableIndexes: TIMELINE_INDEXES,
    setup(db: Database.Database) {
      db.exec(`CREATE TABLE IF NOT EXISTS ${TIMELINE_TABLE} (
        position INTEGER PRIMARY KEY, event_id TEXT NOT NULL, stream TEXT NOT NULL, module TEXT NOT NULL,
        revision INTEGER NOT NULL, type TEXT NOT NULL, kind TEXT, occurred_at TEXT NOT NULL, occurred_from TEXT NOT NULL,
        occurred_derived INTEGER NOT NULL, recorded_at TEXT NOT NULL, days_late INTEGER NOT NULL,
        actor_id TEXT, actor_organisation TEXT, actor_role TEXT, reason TEXT, correlation_id TEXT,
        causation_id TEXT, command_id TEXT, summary TEXT NOT NULL, data TEXT NOT NULL,
        corrects TEXT, correction_reason TEXT);`);
      for (const sql of [...Object.values(TIMELINE_INDEXES), CORRECTIONS_INDEX]) db.exec(sql);
      db.exec('DROP INDEX IF EXISTS timeline_occurred');
    },
    reset(db) {
      db.exec(`DROP TABLE IF EXISTS ${TIMELINE_TABLE}`);
    },
    apply(db, event) {
      const m = event.metadata as Partial<EventMetadata>;
      const world = catalog.occurredAt(event);
      // Positional parameters, in the order of INSERT_COLUMNS: binding 23 named ones looked each up
      // in an object, for every event of a rebuild.
      prepared(db, INSERT).run(
        event.position,
        event.id,
        event.stream,
        catalog.moduleOf(event.stream),
        event.revision,
        event.type,
        m.kind ?? null,
        world.at,
        world.from,
        world.derived ? 1 : 0,
        event.recordedAt.toISOString(),
        world.date ? daysLate(world.date, event.recordedAt) : 0,
        m.actor?.id ?? null,
        m.actor?.organisation ?? null,
        m.actor?.role ?? null,
        m.reason ?? null,
        m.$correlationId ?? null,
        m.$causationId ?? null,
        m.commandId ?? null,
        catalog.summarize(event),
        JSON.stringify(event.data),
        m.correction?.corrects ?? null,
        m.correction?.reason ?? null,
      );
    },
  };
}
