import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ContentOf, CorrelationId, CurrentActor, Role, Roles } from '@samverkan/auth';
import {
  Actor, commandContext, CommandResult, Connection, entityIdFor, ForbiddenError, NotFoundError, normalisedOrganisationNumber, normalisedSniCode, payloadFields, PersonDirectory,
  toConnection,
} from '@samverkan/core';
import { GetImpulsesQuery, ListImpulsesQuery, RunImpulseCommand } from '../application';
import { ImpulseCommand, stockholmDate } from '../domain';
import { ImpulseRow } from '../read-model/tips.tables';
import { beforeCursor } from './cursor';
import { DismissImpulseInput, ImpulsesArgs, ReportImpulseInput } from './tips.inputs';
import { toImpulseType } from './tips.mapping';
import { ImpulseConnection, ImpulsePayload, ImpulseType } from './tips.types';

export const IMPULSE_READERS = [Role.FK_CASEWORKER, Role.COLLABORATION_OFFICER, Role.AUDITOR];

/** FK staff report impulses; collaboration officers read and dismiss them. */
@Resolver(() => ImpulseType)
export class ImpulseResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
  ) {}

  @Query(() => ImpulseConnection, { description: 'Impulses, newest first. A caseworker sees the ones they reported.' })
  @Roles(...IMPULSE_READERS)
  @ContentOf('impulse')
  async impulses(
    @Args() { first, after, filter = {} }: ImpulsesArgs,
    @CurrentActor() actor: Actor,
  ): Promise<Connection<ImpulseType>> {
    const query = new ListImpulsesQuery(
      {
        status: filter.status,
        region: filter.region,
        industry: filter.industry,
        organisationNumber: filter.organisationNumber && normalisedOrganisationNumber(filter.organisationNumber),
        reportedFrom: filter.from,
        reportedTo: filter.to,
        tipId: filter.tipId,
        reportedBy: actor.role === Role.FK_CASEWORKER ? actor.id : undefined,
      },
      beforeCursor(after),
      first + 1,
    );
    const rows = await this.queries.execute<ListImpulsesQuery, ImpulseRow[]>(query);
    return toConnection(rows, first, (r) => r.position, (r) => toImpulseType(r, this.persons));
  }

  @Query(() => ImpulseType)
  @Roles(...IMPULSE_READERS)
  @ContentOf('impulse')
  async impulse(@Args('id') id: string, @CurrentActor() actor: Actor): Promise<ImpulseType> {
    const [row] = await this.queries.execute<GetImpulsesQuery, ImpulseRow[]>(new GetImpulsesQuery([id]));
    if (!row) throw new NotFoundError('Impulse', id);
    if (actor.role === Role.FK_CASEWORKER && row.reported_by !== actor.id) {
      throw new ForbiddenError(IMPULSE_READERS, actor.role, 'A caseworker reads only the impulses they reported');
    }
    return toImpulseType(row, this.persons);
  }

  @Mutation(() => ImpulsePayload, { description: 'Reports an impulse about an employer (never about the sick-listed person).' })
  @Roles(Role.FK_CASEWORKER)
  reportImpulse(@Args('input') input: ReportImpulseInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const context = commandContext(actor, cid, input);
    const now = new Date();
    const command: ImpulseCommand = {
      type: 'ReportImpulse',
      data: {
        // The impulse id follows from the command id: a retry addresses the same impulse.
        impulseId: entityIdFor(context.commandId),
        employer: { organisationNumber: normalisedOrganisationNumber(input.employer.organisationNumber), name: input.employer.name },
        region: input.region,
        industry: normalisedSniCode(input.industry),
        deficiency: input.deficiency,
        description: input.description,
        reportedOn: input.reportedOn ?? stockholmDate(now),
      },
      metadata: { now },
    };
    return this.run(command, context);
  }

  @Mutation(() => ImpulsePayload, { description: 'Dismisses an open impulse, with the reason why it leads to no tip.' })
  @Roles(Role.COLLABORATION_OFFICER)
  dismissImpulse(@Args('input') input: DismissImpulseInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    const command: ImpulseCommand = {
      type: 'DismissImpulse',
      data: { impulseId: input.impulseId, dismissedOn: input.dismissedOn ?? stockholmDate(now) },
      metadata: { now },
      reason: input.reason,
    };
    return this.run(command, commandContext(actor, cid, input));
  }

  private async run(command: ImpulseCommand, context: ReturnType<typeof commandContext>): Promise<ImpulsePayload> {
    const result = await this.commands.execute<RunImpulseCommand, CommandResult>(new RunImpulseCommand(command, context));
    const [row] = await this.queries.execute<GetImpulsesQuery, ImpulseRow[]>(new GetImpulsesQuery([command.data.impulseId]));
    return { ...payloadFields(result, context), impulse: toImpulseType(row, this.persons) };
  }
}

