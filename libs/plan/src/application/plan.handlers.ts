import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CommandContext, CommandPipeline, CommandResult, readDocument, ReadModelDb } from '@samverkan/core';
import { PlanCommand, planDecider, planStream } from '../domain';
import { PLAN_VIEW_TABLE } from '../read-model/plan.projection';
import { PlanView } from '../read-model/plan-view';

export class RunPlanCommand {
  constructor(
    readonly command: PlanCommand,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RunPlanCommand)
export class RunPlanCommandHandler implements ICommandHandler<RunPlanCommand, CommandResult> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, context }: RunPlanCommand): Promise<CommandResult> {
    return this.pipeline.execute(planStream(command.data.year), planDecider, command, context);
  }
}

export interface StoredPlanView {
  view: PlanView;
  revision: number;
}

export class GetPlanQuery {
  constructor(readonly year: number) {}
}

@QueryHandler(GetPlanQuery)
export class GetPlanQueryHandler implements IQueryHandler<GetPlanQuery, StoredPlanView | null> {
  constructor(@Inject(ReadModelDb) private readonly readModels: ReadModelDb) {}

  async execute({ year }: GetPlanQuery): Promise<StoredPlanView | null> {
    const row = readDocument<PlanView>(this.readModels.db, PLAN_VIEW_TABLE, String(year));
    return row ? { view: row.doc, revision: row.revision } : null;
  }
}

export class ListPlansQuery {
  constructor(
    readonly first: number,
    readonly afterYear: number | null,
  ) {}
}

@QueryHandler(ListPlansQuery)
export class ListPlansQueryHandler implements IQueryHandler<ListPlansQuery, StoredPlanView[]> {
  constructor(@Inject(ReadModelDb) private readonly readModels: ReadModelDb) {}

  /** Returns up to first+1 plans by year, so the caller can tell whether there is a next page. */
  async execute({ first, afterYear }: ListPlansQuery): Promise<StoredPlanView[]> {
    const rows = this.readModels.db
      .prepare(`SELECT revision, doc FROM ${PLAN_VIEW_TABLE} WHERE CAST(id AS INTEGER) > ? ORDER BY CAST(id AS INTEGER) LIMIT ?`)
      .all(afterYear ?? -1, first + 1) as { revision: number; doc: string }[];
    return rows.map((r) => ({ view: JSON.parse(r.doc) as PlanView, revision: r.revision }));
  }
}

export const planHandlers = [RunPlanCommandHandler, GetPlanQueryHandler, ListPlansQueryHandler];
