import type Database from 'better-sqlite3';
import { EventCatalog, EventMetadata, prepared, Projection } from '@samverkan/core';

export const TIMELINE_TABLE = 'timeline';

/** Every event as one audit timeline row, keyed by position so a replay changes nothing. */
export function timelineProjection(catalog: EventCatalog): Projection {
  return {
    name: 'audit.timeline',
    version: 2,
    setup(db: Database.Database) {
      db.exec(`CREATE TABLE IF NOT EXISTS ${TIMELINE_TABLE} (
        position INTEGER PRIMARY KEY, event_id TEXT NOT NULL, stream TEXT NOT NULL, module TEXT NOT NULL,
        revision INTEGER NOT NULL, type TEXT NOT NULL, kind TEXT, occurred_at TEXT, recorded_at TEXT NOT NULL,
        actor_id TEXT, actor_organisation TEXT, actor_role TEXT, reason TEXT, correlation_id TEXT,
        causation_id TEXT, command_id TEXT, summary TEXT NOT NULL, data TEXT NOT NULL,
        corrects TEXT, correction_reason TEXT);
        CREATE INDEX IF NOT EXISTS timeline_stream ON ${TIMELINE_TABLE} (stream, position);
        CREATE INDEX IF NOT EXISTS timeline_module ON ${TIMELINE_TABLE} (module, position);
        CREATE INDEX IF NOT EXISTS timeline_actor ON ${TIMELINE_TABLE} (actor_id, position);
        CREATE INDEX IF NOT EXISTS timeline_organisation ON ${TIMELINE_TABLE} (actor_organisation, position);
        CREATE INDEX IF NOT EXISTS timeline_kind ON ${TIMELINE_TABLE} (kind, position);
        CREATE INDEX IF NOT EXISTS timeline_correlation ON ${TIMELINE_TABLE} (correlation_id, position);
        CREATE INDEX IF NOT EXISTS timeline_occurred ON ${TIMELINE_TABLE} (occurred_at);
        CREATE INDEX IF NOT EXISTS timeline_event ON ${TIMELINE_TABLE} (event_id);
        CREATE INDEX IF NOT EXISTS timeline_corrects ON ${TIMELINE_TABLE} (corrects) WHERE corrects IS NOT NULL;`);
    },
    reset(db) {
      db.exec(`DROP TABLE IF EXISTS ${TIMELINE_TABLE}`);
    },
    apply(db, event) {
      const m = event.metadata as Partial<EventMetadata>;
      prepared(
        db,
        `INSERT OR IGNORE INTO ${TIMELINE_TABLE} VALUES (
          @position, @eventId, @stream, @module, @revision, @type, @kind, @occurredAt, @recordedAt, @actorId,
          @actorOrganisation, @actorRole, @reason, @correlationId, @causationId, @commandId, @summary, @data,
          @corrects, @correctionReason)`,
      ).run({
        position: event.position,
        eventId: event.id,
        stream: event.stream,
        module: catalog.moduleOf(event.stream),
        revision: event.revision,
        type: event.type,
        kind: m.kind ?? null,
        occurredAt: m.occurredAt ?? event.recordedAt.toISOString(),
        recordedAt: event.recordedAt.toISOString(),
        actorId: m.actor?.id ?? null,
        actorOrganisation: m.actor?.organisation ?? null,
        actorRole: m.actor?.role ?? null,
        reason: m.reason ?? null,
        correlationId: m.$correlationId ?? null,
        causationId: m.$causationId ?? null,
        commandId: m.commandId ?? null,
        summary: catalog.summarize(event),
        data: JSON.stringify(event.data),
        corrects: m.correction?.corrects ?? null,
        correctionReason: m.correction?.reason ?? null,
      });
    },
  };
}
