import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, CommandPipeline, CommandResult, entityIdFor, ENVIRONMENT, Environment, InputValidationError } from '@samverkan/core';
import { ActivityCommand, activityDecider, activityStream } from '../domain';

/** The person id a named participant gets: derived from the command id, so a retry names the same person (the resolver and the demo both use it). */
export const namedParticipantId = (commandId: string, index: number) => `person-${entityIdFor(commandId, `participant-${index}`)}`;

/** A command on a project activity: a conference, training, web training or study visit. */
export class RunActivityCommand {
  constructor(
    readonly command: ActivityCommand,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RunActivityCommand)
export class RunActivityCommandHandler implements ICommandHandler<RunActivityCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  execute({ command, context }: RunActivityCommand): Promise<CommandResult> {
    if (command.type === 'PlanActivity' && command.data.region !== undefined && !this.env.REGIONS.includes(command.data.region.trim())) {
      // The regions are configuration, so an input error rather than a domain rule (as in dialogue).
      throw new InputValidationError([{ field: 'region', messages: ['must be one of the configured regions (see the `regions` query)'] }]);
    }
    return this.pipeline.execute(activityStream(command.data.activityId), activityDecider, command, context);
  }
}

export const momentumCommandHandlers = [RunActivityCommandHandler];
