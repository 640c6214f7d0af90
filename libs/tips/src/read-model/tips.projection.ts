import type Database from 'better-sqlite3';
import { EventCatalog, EventMetadata, prepared, ProjectedEvent, Projection } from '@samverkan/core';
import { ImpulseEvent, TipEvent, sniSection } from '../domain';
import { createFunnelCells, dropFunnelCells } from './tips.funnel-cells';
import { createFunnelTotals, dropFunnelTotals, foldFunnelChanges } from './tips.funnel-totals';
import { IMPULSE_TABLE, OutcomeEntry, TIP_INDEXES, TIP_TABLE, createTipTables, dropTipTables } from './tips.tables';

/**
 * Impulse and tip rows for the lists, the tip page and the funnel. Days come from the facts the
 * events state (reportedOn, sentOn, decidedOn: what the funnel counts by); the one instant, when a
 * tip was compiled, is the catalog's world time of TipCompiled.
 */
export function tipsProjection(catalog: EventCatalog): Projection {
  return {
    name: 'tips.views',
    // 2: the funnel's cells (tips.funnel-cells.ts), filled from the rows as they are written.
    // 3: the cells stored by their key (WITHOUT ROWID).
    // 4: each year's totals per grouping (tips.funnel-totals.ts), folded from the cells' changes.
    version: 4,
    categories: ['impulse', 'tip'],
    deferrableIndexes: TIP_INDEXES,
    setup(db) {
      createTipTables(db);
      createFunnelCells(db);
      createFunnelTotals(db);
    },
    reset(db) {
      dropTipTables(db);
      dropFunnelCells(db);
      dropFunnelTotals(db);
    },
    endBatch: foldFunnelChanges,
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

/**
 * The columns an impulse's row and a tip's row both start with: the key, where the store holds it,
 * the employer. The rows' other columns are assigned onto it: on Node 20 `{ ...employerRow(…), x }`
 * takes V8's slow path (~1 µs), once for each of the history's impulses and tips in a rebuild.
 */
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

/** An UPDATE of one row by a later revision (a replayed event matches no row), its SQL built once. */
const update = (table: string, sql: string) =>
  `UPDATE ${table} SET revision = @revision, ${sql} WHERE id = @id AND revision < @revision`;

const IMPULSE_SQL = {
  ImpulseReported: `INSERT OR IGNORE INTO ${IMPULSE_TABLE} (id, revision, position, status, organisation_number,
      employer_name, region, industry, section, deficiency, description, reported_on, reported_by)
     VALUES (@id, @revision, @position, 'OPEN', @org, @name, @region, @industry, @section, @deficiency,
      @description, @reportedOn, @reportedBy)`,
  ImpulseDismissed: update(IMPULSE_TABLE, `status = 'DISMISSED', dismissal_reason = @reason, dismissed_on = @on`),
  ImpulseJoinedTip: update(IMPULSE_TABLE, `status = 'IN_TIP', tip_id = @tipId`),
  ImpulseLeftTip: update(IMPULSE_TABLE, `status = 'OPEN', tip_id = NULL`),
};

function applyImpulseEvent(db: Database.Database, e: ImpulseEvent, event: ProjectedEvent): void {
  const set = (sql: string, params: Record<string, unknown>) => {
    params.id = e.data.impulseId;
    params.revision = event.revision;
    prepared(db, sql).run(params);
  };
  switch (e.type) {
    case 'ImpulseReported': {
      const d = e.data;
      prepared(db, IMPULSE_SQL.ImpulseReported).run(
        Object.assign(employerRow(d.impulseId, event, d), {
          deficiency: d.deficiency,
          description: d.description,
          reportedOn: d.reportedOn,
          reportedBy: actorOf(event),
        }),
      );
      return;
    }
    case 'ImpulseDismissed':
      set(IMPULSE_SQL.ImpulseDismissed, { reason: e.data.reason, on: e.data.dismissedOn });
      return;
    case 'ImpulseJoinedTip':
      set(IMPULSE_SQL.ImpulseJoinedTip, { tipId: e.data.tipId });
      return;
    case 'ImpulseLeftTip':
      set(IMPULSE_SQL.ImpulseLeftTip, {});
      return;
  }
}

const outcome = (counter: string) =>
  update(TIP_TABLE, `outcomes = json_insert(outcomes, '$[#]', json(@entry)), ${counter}`);

const TIP_SQL = {
  TipCompiled: `INSERT OR IGNORE INTO ${TIP_TABLE} (id, revision, position, status, organisation_number, employer_name,
      region, industry, section, summary, impulse_ids, compiled_at, compiled_by, outcomes)
     VALUES (@id, @revision, @position, 'DRAFT', @org, @name, @region, @industry, @section, @summary, @impulseIds,
      @compiledAt, @compiledBy, '[]')`,
  ImpulseAddedToTip: update(TIP_TABLE, `impulse_ids = json_insert(impulse_ids, '$[#]', @impulseId)`),
  ImpulseRemovedFromTip: update(
    TIP_TABLE,
    `impulse_ids = (SELECT json_group_array(value) FROM json_each(impulse_ids) WHERE value <> @impulseId)`,
  ),
  TipSent: update(TIP_TABLE, `status = 'SENT', sent_on = @on, impulse_ids = @impulseIds`),
  TipReceived: update(TIP_TABLE, `status = 'RECEIVED', received_on = @on, av_diary_number = @diary`),
  DirectActionRecorded: outcome('direct_actions = direct_actions + 1'),
  IndirectUseRecorded: outcome('indirect_use = 1'),
  NoActionRecorded: outcome('no_action_reason = @reasonCode'),
};

function applyTipEvent(db: Database.Database, e: TipEvent, event: ProjectedEvent, catalog: EventCatalog): void {
  const set = (sql: string, params: Record<string, unknown>) => {
    params.id = e.data.tipId;
    params.revision = event.revision;
    prepared(db, sql).run(params);
  };
  // An outcome joins the tip's list with the counter the funnel reads. The entry's own day is
  // decidedOn; recordedAt says when the workspace learnt of it.
  const addOutcome = (
    sql: string,
    entry: Omit<OutcomeEntry, 'recordedBy' | 'recordedAt'>,
    params: Record<string, unknown> = {},
  ) => {
    const full: OutcomeEntry = Object.assign({}, entry, {
      recordedBy: actorOf(event),
      recordedAt: event.recordedAt.toISOString(),
    });
    params.entry = JSON.stringify(full);
    set(sql, params);
  };
  switch (e.type) {
    case 'TipCompiled': {
      const d = e.data;
      prepared(db, TIP_SQL.TipCompiled).run(
        Object.assign(employerRow(d.tipId, event, d), {
          summary: d.summary,
          impulseIds: JSON.stringify(d.impulseIds),
          compiledAt: catalog.occurredAt(event).at,
          compiledBy: actorOf(event),
        }),
      );
      return;
    }
    case 'ImpulseAddedToTip':
      set(TIP_SQL.ImpulseAddedToTip, { impulseId: e.data.impulseId });
      return;
    case 'ImpulseRemovedFromTip':
      set(TIP_SQL.ImpulseRemovedFromTip, { impulseId: e.data.impulseId });
      return;
    case 'TipSent':
      set(TIP_SQL.TipSent, { on: e.data.sentOn, impulseIds: JSON.stringify(e.data.impulseIds) });
      return;
    case 'TipReceived':
      set(TIP_SQL.TipReceived, { on: e.data.receivedOn, diary: e.data.avDiaryNumber ?? null });
      return;
    case 'DirectActionRecorded':
      addOutcome(TIP_SQL.DirectActionRecorded, {
        kind: 'DIRECT_ACTION',
        action: e.data.action,
        note: e.data.note,
        decidedOn: e.data.decidedOn,
      });
      return;
    case 'IndirectUseRecorded':
      addOutcome(TIP_SQL.IndirectUseRecorded, { kind: 'INDIRECT_USE', note: e.data.note, decidedOn: e.data.decidedOn });
      return;
    case 'NoActionRecorded':
      addOutcome(
        TIP_SQL.NoActionRecorded,
        { kind: 'NO_ACTION', reasonCode: e.data.reasonCode, reason: e.data.reason, decidedOn: e.data.decidedOn },
        { reasonCode: e.data.reasonCode },
      );
      return;
  }
}
