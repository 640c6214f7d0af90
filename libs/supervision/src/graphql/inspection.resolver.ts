import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { CommandSender, CONTENT_READERS, ContentOf, Role, Roles } from '@samverkan/auth';
import { CommandInput, CommandPipeline, NotFoundError, PersonDirectory, Sender, sentPayload } from '@samverkan/core';
import { GetInspectionsQuery, inspectionEndpoint, inspectionIdFor, InspectionRequest } from '../application';
import { InspectionDoc } from '../read-model/supervision.documents';
import { Versioned } from '../read-model/supervision.queries';
import {
  CarryOverInspectionInput,
  CloseInspectionInput,
  IssueInspectionRequirementInput,
  RecordFkParticipationInput,
  RecordInspectionFindingsInput,
  RecordInspectionFollowUpInput,
  RecordInspectionInput,
} from './supervision.inputs';
import { toInspectionType } from './supervision.mapping';
import { InspectionPayload, InspectionType } from './supervision.types';

/** FK records its own participation; the rest of an inspection is AV's. */
export const FK_ROLES = [Role.COLLABORATION_OFFICER, Role.FK_CASEWORKER];

@Resolver(() => InspectionType)
export class InspectionResolver {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
  ) {}

  @Query(() => InspectionType)
  @Roles(...CONTENT_READERS)
  @ContentOf('inspection')
  async inspection(@Args('id') id: string): Promise<InspectionType> {
    return toInspectionType(await this.inspectionDoc(id), this.persons);
  }

  @Mutation(() => InspectionPayload, { description: 'Records an inspection carried out in a campaign (AV).' })
  @Roles(Role.AV_INSPECTOR)
  recordInspection(@Args('input') input: RecordInspectionInput, @CommandSender() sender: Sender) {
    const data = {
      campaignId: input.campaignId,
      level: input.level,
      principal: { organisationNumber: input.principal.organisationNumber, name: input.principal.name },
      ...(input.workplace ? { workplace: input.workplace } : {}),
      sector: input.sector,
      region: input.region,
      inspectedOn: input.inspectedOn,
      otherInspectors: input.otherInspectors,
      ...(input.basedOnInspectionId ? { basedOnInspectionId: input.basedOnInspectionId } : {}),
    };
    return this.send({ type: 'RecordInspection', data }, sender, input);
  }

  @Mutation(() => InspectionPayload, {
    description: 'FK staff record that they took part and what they informed about.',
  })
  @Roles(...FK_ROLES)
  recordFkParticipation(@Args('input') input: RecordFkParticipationInput, @CommandSender() sender: Sender) {
    const data = {
      inspectionId: input.inspectionId,
      otherParticipants: input.otherParticipants,
      informedAbout: input.informedAbout,
    };
    return this.send({ type: 'RecordFkParticipation', data }, sender, input);
  }

  @Mutation(() => InspectionPayload)
  @Roles(Role.AV_INSPECTOR)
  recordInspectionFindings(@Args('input') input: RecordInspectionFindingsInput, @CommandSender() sender: Sender) {
    return this.send(
      {
        type: 'RecordFindings',
        data: { inspectionId: input.inspectionId, findings: input.findings.map((f) => ({ ...f })) },
      },
      sender,
      input,
    );
  }

  @Mutation(() => InspectionPayload, { description: 'A requirement (krav) issued to the employer, with a due date.' })
  @Roles(Role.AV_INSPECTOR)
  issueInspectionRequirement(@Args('input') input: IssueInspectionRequirementInput, @CommandSender() sender: Sender) {
    const data = {
      inspectionId: input.inspectionId,
      description: input.description,
      dueDate: input.dueDate,
      issuedOn: input.issuedOn,
    };
    return this.send({ type: 'IssueRequirement', data }, sender, input);
  }

  @Mutation(() => InspectionPayload)
  @Roles(Role.AV_INSPECTOR)
  recordInspectionFollowUp(@Args('input') input: RecordInspectionFollowUpInput, @CommandSender() sender: Sender) {
    const data = {
      inspectionId: input.inspectionId,
      followedUpOn: input.followedUpOn,
      note: input.note,
      requirementsMet: input.requirementsMet,
    };
    return this.send({ type: 'RecordFollowUp', data }, sender, input);
  }

  @Mutation(() => InspectionPayload, {
    description: 'Closes the inspection; at principal level only once FK’s participation is recorded.',
  })
  @Roles(Role.AV_INSPECTOR)
  closeInspection(@Args('input') input: CloseInspectionInput, @CommandSender() sender: Sender) {
    return this.send(
      { type: 'CloseInspection', data: { inspectionId: input.inspectionId, closedOn: input.closedOn } },
      sender,
      input,
    );
  }

  @Mutation(() => InspectionPayload, {
    description: 'An open inspection goes on after its campaign: a decision, with the reason.',
  })
  @Roles(Role.AV_INSPECTOR)
  carryOverInspection(@Args('input') input: CarryOverInspectionInput, @CommandSender() sender: Sender) {
    return this.send(
      { type: 'CarryOverInspection', data: { inspectionId: input.inspectionId }, reason: input.reason },
      sender,
      input,
    );
  }

  private async send(request: InspectionRequest, sender: Sender, input: CommandInput): Promise<InspectionPayload> {
    const sent = await this.pipeline.send(inspectionEndpoint, request, sender, input);
    const inspectionId =
      request.type === 'RecordInspection' ? inspectionIdFor(sent.commandId) : request.data.inspectionId;
    return { ...sentPayload(sent), inspection: toInspectionType(await this.inspectionDoc(inspectionId), this.persons) };
  }

  private async inspectionDoc(id: string): Promise<Versioned<InspectionDoc>> {
    const [row] = await this.queries.execute(new GetInspectionsQuery([id]));
    if (!row) throw new NotFoundError('Inspection', id);
    return row;
  }
}
