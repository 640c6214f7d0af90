import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CONTENT_READERS, ContentOf, CorrelationId, CurrentActor, Role, Roles } from '@samverkan/auth';
import {
  Actor, CommandContext, commandContext, CommandResult, entityIdFor, NamedPerson, normalisedOrganisationNumber, NotFoundError, payloadFields,
  PersonDirectory,
} from '@samverkan/core';
import { GetInspectionsQuery, RunInspectionCommand } from '../application';
import { InspectionCommand, stockholmDate } from '../domain';
import { InspectionDoc } from '../read-model/supervision.documents';
import { Versioned } from '../read-model/supervision.queries';
import {
  CarryOverInspectionInput, CloseInspectionInput, IssueInspectionRequirementInput, RecordFkParticipationInput,
  RecordInspectionFindingsInput, RecordInspectionFollowUpInput, RecordInspectionInput,
} from './supervision.inputs';
import { toInspectionType } from './supervision.mapping';
import { InspectionPayload, InspectionType } from './supervision.types';

/** FK records its own participation; the rest of an inspection is AV's. */
export const FK_ROLES = [Role.COLLABORATION_OFFICER, Role.FK_CASEWORKER];

@Resolver(() => InspectionType)
export class InspectionResolver {
  constructor(
    private readonly commands: CommandBus,
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
  recordInspection(@Args('input') input: RecordInspectionInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const base = commandContext(actor, cid, input);
    const people = input.otherInspectors.map((name, index) => named(base.commandId, `inspector-${index}`, name, 'AV'));
    const context = { ...base, people };
    const others = people.map((p) => p.id);
    return this.run(
      {
        type: 'RecordInspection',
        data: {
          inspectionId: entityIdFor(context.commandId),
          // Status, period and sectors are read by the handler from the campaign's stream.
          campaign: { campaignId: input.campaignId, status: 'NONE', period: { from: '', to: '' }, sectorsByYear: [] },
          level: input.level,
          principal: { organisationNumber: normalisedOrganisationNumber(input.principal.organisationNumber), name: input.principal.name },
          ...(input.workplace ? { workplace: input.workplace } : {}),
          sector: input.sector,
          region: input.region,
          inspectedOn: input.inspectedOn,
          inspectorIds: [actor.id, ...others],
          ...(input.basedOnInspectionId
            ? { basis: { inspectionId: input.basedOnInspectionId, exists: false, campaignId: '', level: 'WORKPLACE' as const, principalOrganisationNumber: '', inspectedOn: '', systemDeficiencies: false } }
            : {}),
        },
        metadata: { now: new Date() },
      },
      context,
    );
  }

  @Mutation(() => InspectionPayload, { description: 'FK staff record that they took part and what they informed about.' })
  @Roles(...FK_ROLES)
  recordFkParticipation(@Args('input') input: RecordFkParticipationInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const base = commandContext(actor, cid, input);
    const people = input.otherParticipants.map((name, index) => named(base.commandId, `participant-${index}`, name, 'FK'));
    const context = { ...base, people };
    const others = people.map((p) => p.id);
    return this.run(
      { type: 'RecordFkParticipation', data: { inspectionId: input.inspectionId, participantIds: [actor.id, ...others], informedAbout: input.informedAbout }, metadata: { now: new Date() } },
      context,
    );
  }

  @Mutation(() => InspectionPayload)
  @Roles(Role.AV_INSPECTOR)
  recordInspectionFindings(@Args('input') input: RecordInspectionFindingsInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.run(
      { type: 'RecordFindings', data: { inspectionId: input.inspectionId, findings: input.findings.map((f) => ({ ...f })) }, metadata: { now: new Date() } },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => InspectionPayload, { description: 'A requirement (krav) issued to the employer, with a due date.' })
  @Roles(Role.AV_INSPECTOR)
  issueInspectionRequirement(@Args('input') input: IssueInspectionRequirementInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const context = commandContext(actor, cid, input);
    const now = new Date();
    return this.run(
      {
        type: 'IssueRequirement',
        data: {
          inspectionId: input.inspectionId,
          requirementId: entityIdFor(context.commandId, 'requirement'),
          description: input.description,
          dueDate: input.dueDate,
          issuedOn: input.issuedOn ?? stockholmDate(now),
        },
        metadata: { now },
      },
      context,
    );
  }

  @Mutation(() => InspectionPayload)
  @Roles(Role.AV_INSPECTOR)
  recordInspectionFollowUp(@Args('input') input: RecordInspectionFollowUpInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.run(
      {
        type: 'RecordFollowUp',
        data: { inspectionId: input.inspectionId, followedUpOn: input.followedUpOn ?? stockholmDate(now), note: input.note, requirementsMet: input.requirementsMet },
        metadata: { now },
      },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => InspectionPayload, { description: 'Closes the inspection; at principal level only once FK’s participation is recorded.' })
  @Roles(Role.AV_INSPECTOR)
  closeInspection(@Args('input') input: CloseInspectionInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.run(
      { type: 'CloseInspection', data: { inspectionId: input.inspectionId, closedOn: input.closedOn ?? stockholmDate(now) }, metadata: { now } },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => InspectionPayload, { description: 'An open inspection goes on after its campaign: a decision, with the reason.' })
  @Roles(Role.AV_INSPECTOR)
  carryOverInspection(@Args('input') input: CarryOverInspectionInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.run(
      { type: 'CarryOverInspection', data: { inspectionId: input.inspectionId }, metadata: { now: new Date() }, reason: input.reason },
      commandContext(actor, cid, input),
    );
  }

  private async run(command: InspectionCommand, context: CommandContext): Promise<InspectionPayload> {
    const result = await this.commands.execute<RunInspectionCommand, CommandResult>(new RunInspectionCommand(command, context));
    return { ...payloadFields(result, context), inspection: toInspectionType(await this.inspectionDoc(command.data.inspectionId), this.persons) };
  }

  private async inspectionDoc(id: string): Promise<Versioned<InspectionDoc>> {
    const [row] = await this.queries.execute<GetInspectionsQuery, Versioned<InspectionDoc>[]>(new GetInspectionsQuery([id]));
    if (!row) throw new NotFoundError('Inspection', id);
    return row;
  }
}

/**
 * A person named in the input, by an id that follows from the command id; the pipeline writes the
 * name to the person directory once the command's events are stored.
 */
function named(commandId: string, part: string, name: string, organisation: string): NamedPerson {
  return { id: `person-${entityIdFor(commandId, part)}`, fields: { name, organisation } };
}
