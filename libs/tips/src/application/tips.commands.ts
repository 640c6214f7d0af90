import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, CommandPipeline, CommandResult, ENVIRONMENT, Environment, InputValidationError } from '@samverkan/core';
import { ImpulseCommand, TipCommand, impulseDecider, impulseStream, tipDecider, tipStream } from '../domain';
import { TipBundling } from './tip-bundling';

/** Any impulse command that touches the impulse alone. */
export class RunImpulseCommand {
  constructor(
    readonly command: ImpulseCommand,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RunImpulseCommand)
export class RunImpulseCommandHandler implements ICommandHandler<RunImpulseCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  execute({ command, context }: RunImpulseCommand): Promise<CommandResult> {
    // The region list is configuration, not a domain rule: it is checked here, as an input error.
    if (command.type === 'ReportImpulse' && !this.env.REGIONS.includes(command.data.region)) {
      throw new InputValidationError([{ field: 'region', messages: ['must be one of the configured regions (see the `regions` query)'] }]);
    }
    return this.pipeline.execute(impulseStream(command.data.impulseId), impulseDecider, command, context);
  }
}

/** Any tip command that touches the tip alone (send, receipt, outcomes). */
export class RunTipCommand {
  constructor(
    readonly command: TipCommand,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RunTipCommand)
export class RunTipCommandHandler implements ICommandHandler<RunTipCommand, CommandResult> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, context }: RunTipCommand): Promise<CommandResult> {
    return this.pipeline.execute(tipStream(command.data.tipId), tipDecider, command, context);
  }
}

/** Bundles impulses about one employer into a new tip. */
export class CompileTipCommand {
  constructor(
    readonly impulseIds: string[],
    readonly summary: string,
    readonly now: Date,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(CompileTipCommand)
export class CompileTipCommandHandler implements ICommandHandler<CompileTipCommand, CommandResult> {
  constructor(private readonly bundling: TipBundling) {}

  execute({ impulseIds, summary, now, context }: CompileTipCommand): Promise<CommandResult> {
    return this.bundling.compile(impulseIds, summary, now, context);
  }
}

/** Moves an impulse into, or out of, a tip that has not been sent. */
export class ChangeTipImpulsesCommand {
  constructor(
    readonly change: 'add' | 'remove',
    readonly tipId: string,
    readonly impulseId: string,
    readonly now: Date,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(ChangeTipImpulsesCommand)
export class ChangeTipImpulsesCommandHandler implements ICommandHandler<ChangeTipImpulsesCommand, CommandResult> {
  constructor(private readonly bundling: TipBundling) {}

  execute({ change, tipId, impulseId, now, context }: ChangeTipImpulsesCommand): Promise<CommandResult> {
    return change === 'add'
      ? this.bundling.add(tipId, impulseId, now, context)
      : this.bundling.remove(tipId, impulseId, now, context);
  }
}

export const tipsCommandHandlers = [
  RunImpulseCommandHandler,
  RunTipCommandHandler,
  CompileTipCommandHandler,
  ChangeTipImpulsesCommandHandler,
];
