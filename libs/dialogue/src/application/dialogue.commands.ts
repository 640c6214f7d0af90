import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, CommandPipeline, CommandResult, ENVIRONMENT, Environment, InputValidationError } from '@samverkan/core';
import { inspectionDecider, inspectionStream } from '@samverkan/supervision';
import {
  CitedInspection, DialogueMeetingCommand, SelectionCommand, dialogueMeetingDecider, dialogueMeetingStream, selectionDecider,
  selectionIdFor, selectionStream,
} from '../domain';

function checkArea(env: Environment, area: string): void {
  // The areas are the configured regions: configuration, so an input error rather than a domain rule.
  if (!env.REGIONS.includes(area)) {
    throw new InputValidationError([{ field: 'area', messages: ['must be one of the configured regions (see the `regions` query)'] }]);
  }
}

/** A selection decision; one stream per area and year. */
export class RunSelectionCommand {
  constructor(
    readonly command: SelectionCommand,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RunSelectionCommand)
export class RunSelectionCommandHandler implements ICommandHandler<RunSelectionCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  execute({ command, context }: RunSelectionCommand): Promise<CommandResult> {
    if (command.type === 'SelectEmployer') checkArea(this.env, command.data.area);
    return this.pipeline.execute(selectionStream(command.data.selectionId), selectionDecider, command, context);
  }
}

/**
 * A command on a dialogue meeting. Planning reads who is selected in the area that year and
 * the joint supervision inspections the topics cite (from the supervision module's streams).
 */
export class RunDialogueMeetingCommand {
  constructor(
    readonly command: DialogueMeetingCommand,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RunDialogueMeetingCommand)
export class RunDialogueMeetingCommandHandler implements ICommandHandler<RunDialogueMeetingCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async execute({ command, context }: RunDialogueMeetingCommand): Promise<CommandResult> {
    let decided = command;
    if (command.type === 'PlanDialogueMeeting') {
      checkArea(this.env, command.data.area);
      const year = Number(command.data.plannedOn.slice(0, 4));
      const selection = await this.pipeline.load(selectionStream(selectionIdFor(command.data.area, year)), selectionDecider);
      const selectedInArea = selection.state.status === 'NONE' ? [] : Object.keys(selection.state.employers);
      const cited = [...new Set(command.data.topics.flatMap((t) => (t.citedInspectionId ? [t.citedInspectionId] : [])))];
      const citedInspections = await Promise.all(cited.map((id) => this.citedInspection(id)));
      decided = { ...command, data: { ...command.data, selectedInArea, citedInspections } };
    }
    return this.pipeline.execute(dialogueMeetingStream(command.data.meetingId), dialogueMeetingDecider, decided, context);
  }

  private async citedInspection(inspectionId: string): Promise<CitedInspection> {
    const { state } = await this.pipeline.load(inspectionStream(inspectionId), inspectionDecider);
    return state.status === 'NONE'
      ? { inspectionId, exists: false, principalOrganisationNumber: '' }
      : { inspectionId, exists: true, principalOrganisationNumber: state.principal.organisationNumber };
  }
}

export const dialogueCommandHandlers = [RunSelectionCommandHandler, RunDialogueMeetingCommandHandler];
