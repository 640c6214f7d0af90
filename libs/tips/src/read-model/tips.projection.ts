import type Database from 'better-sqlite3';
import { EventCatalog, EventMetadata, prepared, ProjectedEvent, Projection } from '@samverkan/core';
import { ImpulseEvent, TipEvent, sniSection } from '../domain';
import { createFunnelCells, dropFunnelCells } from './tips.funnel-cells';
import { IMPULSE_TABLE, OutcomeEntry, TIP_TABLE, createTipTables, dropTipTables } from './tips.tables';

/**
 * Impulse and tip rows for the lists, the tip page and the funnel. Days come from the facts the
 * events state (reportedOn, sentOn, decidedOn: what the funnel counts by); the one instant, when a
 * tip was compiled, is the catalog's world time of TipCompiled.
 */
export function tipsProjection(catalog: EventCatalog): Projection {
  return {
    name: 'tips.views',
    // 2: the funnel's cells (tips.funnel-cells.ts), filled from the rows as they are written.
    version: 2,
    categories: ['impulse', 'tip'],
    setup(db) {
      createTipTables(db);
      createFunnelCells(db);
    },
    reset(db) {
      dropTipTables(db);
      dropFunnelCells(db);
    },
    apply(db, event) {
      const domainEvent = { type: event.type, data: event.data } as ImpulseEvent | TipEvent;
      const table = event.stream.startsWith('impulse-') ? IMPULSE_TABLE : TIP_TABLE;
      // Replays change nothing: a row is inserted once (OR IGNORE) and updated only by a later
      // revision (each UPDATE's WHERE), so no read of the row before each write.
      if (table === IMPULSE_TABLE) applyImpulseEvent(db, domainEvent as ImpulseEvent, event);
      else applyTipEvent(db, domainEvent as TipEvent, event, catalog);
    },
  };
}

function actorOf(event: ProjectedEvent): string | null {
  return (event.metadata as Partial<EventMetadata>).actor?.id ?? null;
}

/** The columns an impulse's row and a tip's row both start with: the key, where the store holds it, the employer. */
function employerRow(
  id: string,
  event: ProjectedEvent,
  {
    employer,
    region,
    industry,
  }: { employer: { organisationNumber: string; name: string }; region: string; industry: string },
) {
  const { revision, position } = event;
  return {
    id,
    revision,
    position,
    org: employer.organisationNumber,
    name: employer.name,
    region,
    industry,
    section: sniSection(industry).letter,
  };
}

function applyImpulseEvent(db: Database.Database, e: ImpulseEvent, event: ProjectedEvent): void {
  const set = (sql: string, params: Record<string, unknown>) =>
    prepared(
      db,
      `UPDATE ${IMPULSE_TABLE} SET revision = @revision, ${sql} WHERE id = @id AND revision < @revision`,
    ).run({
      ...params,
      id: e.data.impulseId,
      revision: event.revision,
    });
  switch (e.type) {
    case 'ImpulseReported': {
      const d = e.data;
      prepared(
        db,
        `INSERT OR IGNORE INTO ${IMPULSE_TABLE} (id, revision, position, status, organisation_number, employer_name,
          region, industry, section, deficiency, description, reported_on, reported_by)
         VALUES (@id, @revision, @position, 'OPEN', @org, @name, @region, @industry, @section, @deficiency,
          @description, @reportedOn, @reportedBy)`,
      ).run({
        ...employerRow(d.impulseId, event, d),
        deficiency: d.deficiency,
        description: d.description,
        reportedOn: d.reportedOn,
        reportedBy: actorOf(event),
      });
      return;
    }
    case 'ImpulseDismissed':
      set(`status = 'DISMISSED', dismissal_reason = @reason, dismissed_on = @on`, {
        reason: e.data.reason,
        on: e.data.dismissedOn,
      });
      return;
    case 'ImpulseJoinedTip':
      set(`status = 'IN_TIP', tip_id = @tipId`, { tipId: e.data.tipId });
      return;
    case 'ImpulseLeftTip':
      set(`status = 'OPEN', tip_id = NULL`, {});
      return;
  }
}

function applyTipEvent(db: Database.Database, e: TipEvent, event: ProjectedEvent, catalog: EventCatalog): void {
  const set = (sql: string, params: Record<string, unknown> = {}) =>
    prepared(db, `UPDATE ${TIP_TABLE} SET revision = @revision, ${sql} WHERE id = @id AND revision < @revision`).run({
      ...params,
      id: e.data.tipId,
      revision: event.revision,
    });
  // An outcome joins the tip's list with the counter the funnel reads. The entry's own day is
  // decidedOn; recordedAt says when the workspace learnt of it.
  const addOutcome = (
    entry: Omit<OutcomeEntry, 'recordedBy' | 'recordedAt'>,
    counter: string,
    params: Record<string, unknown> = {},
  ) => {
    const full: OutcomeEntry = { ...entry, recordedBy: actorOf(event), recordedAt: event.recordedAt.toISOString() };
    set(`outcomes = json_insert(outcomes, '$[#]', json(@entry)), ${counter}`, {
      ...params,
      entry: JSON.stringify(full),
    });
  };
  switch (e.type) {
    case 'TipCompiled': {
      const d = e.data;
      prepared(
        db,
        `INSERT OR IGNORE INTO ${TIP_TABLE} (id, revision, position, status, organisation_number, employer_name, region,
          industry, section, summary, impulse_ids, compiled_at, compiled_by, outcomes)
         VALUES (@id, @revision, @position, 'DRAFT', @org, @name, @region, @industry, @section, @summary, @impulseIds,
          @compiledAt, @compiledBy, '[]')`,
      ).run({
        ...employerRow(d.tipId, event, d),
        summary: d.summary,
        impulseIds: JSON.stringify(d.impulseIds),
        compiledAt: catalog.occurredAt(event).at,
        compiledBy: actorOf(event),
      });
      return;
    }
    case 'ImpulseAddedToTip':
      set(`impulse_ids = json_insert(impulse_ids, '$[#]', @impulseId)`, { impulseId: e.data.impulseId });
      return;
    case 'ImpulseRemovedFromTip':
      set(`impulse_ids = (SELECT json_group_array(value) FROM json_each(impulse_ids) WHERE value <> @impulseId)`, {
        impulseId: e.data.impulseId,
      });
      return;
    case 'TipSent':
      set(`status = 'SENT', sent_on = @on, impulse_ids = @impulseIds`, {
        on: e.data.sentOn,
        impulseIds: JSON.stringify(e.data.impulseIds),
      });
      return;
    case 'TipReceived':
      set(`status = 'RECEIVED', received_on = @on, av_diary_number = @diary`, {
        on: e.data.receivedOn,
        diary: e.data.avDiaryNumber ?? null,
      });
      return;
    case 'DirectActionRecorded':
      addOutcome(
        { kind: 'DIRECT_ACTION', action: e.data.action, note: e.data.note, decidedOn: e.data.decidedOn },
        'direct_actions = direct_actions + 1',
      );
      return;
    case 'IndirectUseRecorded':
      addOutcome({ kind: 'INDIRECT_USE', note: e.data.note, decidedOn: e.data.decidedOn }, 'indirect_use = 1');
      return;
    case 'NoActionRecorded':
      addOutcome(
        { kind: 'NO_ACTION', reasonCode: e.data.reasonCode, reason: e.data.reason, decidedOn: e.data.decidedOn },
        'no_action_reason = @reasonCode',
        { reasonCode: e.data.reasonCode },
      );
      return;
  }
}
