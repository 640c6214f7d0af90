import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  CommandContext, CommandPipeline, CommandResult, ENVIRONMENT, Environment, InputValidationError, NotFoundError, ReadModelDb,
} from '@samverkan/core';
import {
  BasisInspection, CampaignCommand, CampaignStanding, InspectionCommand, campaignDecider, campaignStream, inspectionDecider,
  inspectionStream,
} from '../domain';
import { inspectionsOfCampaign } from '../read-model/supervision.queries';

/** A command on a campaign; concluding reads where each of its inspections stands. */
export class RunCampaignCommand {
  constructor(
    readonly command: CampaignCommand,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RunCampaignCommand)
export class RunCampaignCommandHandler implements ICommandHandler<RunCampaignCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly readModels: ReadModelDb,
  ) {}

  execute({ command, context }: RunCampaignCommand): Promise<CommandResult> {
    let decided = command;
    if (command.type === 'ConcludeCampaign') {
      // The inspection list comes from the read model, which every command waits for (read-your-writes).
      const inspections = inspectionsOfCampaign(this.readModels.db, command.data.campaignId).map(({ doc }) => ({
        inspectionId: doc.inspectionId,
        status: doc.status,
      }));
      decided = { ...command, data: { ...command.data, inspections } };
    }
    return this.pipeline.execute(campaignStream(command.data.campaignId), campaignDecider, decided, context);
  }
}

/**
 * A command on an inspection. Recording one reads its campaign (status, period, sectors) and, at
 * principal level, the earlier workplace inspection whose events must show system deficiencies.
 */
export class RunInspectionCommand {
  constructor(
    readonly command: InspectionCommand,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RunInspectionCommand)
export class RunInspectionCommandHandler implements ICommandHandler<RunInspectionCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async execute({ command, context }: RunInspectionCommand): Promise<CommandResult> {
    let decided = command;
    if (command.type === 'RecordInspection') {
      if (!this.env.REGIONS.includes(command.data.region)) {
        throw new InputValidationError([{ field: 'region', messages: ['must be one of the configured regions (see the `regions` query)'] }]);
      }
      const campaign = await this.campaignStanding(command.data.campaign.campaignId);
      const basis = command.data.basis && (await this.basis(command.data.basis.inspectionId));
      decided = { ...command, data: { ...command.data, campaign, ...(basis ? { basis } : {}) } };
    }
    return this.pipeline.execute(inspectionStream(command.data.inspectionId), inspectionDecider, decided, context);
  }

  private async campaignStanding(campaignId: string): Promise<CampaignStanding> {
    const { state } = await this.pipeline.load(campaignStream(campaignId), campaignDecider);
    if (state.status === 'NONE') throw new NotFoundError('Campaign', campaignId);
    return { campaignId, status: state.status, period: state.period, sectorsByYear: state.sectorsByYear };
  }

  private async basis(inspectionId: string): Promise<BasisInspection> {
    const { state } = await this.pipeline.load(inspectionStream(inspectionId), inspectionDecider);
    if (state.status === 'NONE') {
      return { inspectionId, exists: false, campaignId: '', level: 'WORKPLACE', principalOrganisationNumber: '', inspectedOn: '', systemDeficiencies: false };
    }
    return {
      inspectionId,
      exists: true,
      campaignId: state.campaignId,
      level: state.level,
      principalOrganisationNumber: state.principal.organisationNumber,
      inspectedOn: state.inspectedOn,
      systemDeficiencies: state.systemDeficiencies,
    };
  }
}

export const supervisionCommandHandlers = [RunCampaignCommandHandler, RunInspectionCommandHandler];
