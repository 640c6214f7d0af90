import { Args } from '@nestjs/graphql';
import { CommandMutation, CommandResolver, contentQueryOf, CurrentActor, Role } from '@samverkan/auth';
import { Actor, CommandResolverOf, Connection, decisionOf, ForbiddenError, positionPage } from '@samverkan/core';
import { GetImpulsesQuery, impulseEndpoint, ImpulseRequest, ListImpulsesQuery } from '../application';
import { beforeCursor } from './cursor';
import { DismissImpulseInput, ImpulsesArgs, ReportImpulseInput } from './tips.inputs';
import { employerFilterOf, toImpulseType } from './tips.mapping';
import { ImpulseConnection, ImpulsePayload, ImpulseType } from './tips.types';

export const IMPULSE_READERS = [Role.FK_CASEWORKER, Role.COLLABORATION_OFFICER, Role.AUDITOR];
const ImpulseQuery = contentQueryOf(IMPULSE_READERS);

/** FK staff report impulses; collaboration officers read and dismiss them. */
@CommandResolver(() => ImpulsePayload, [Role.FK_CASEWORKER])
export class ImpulseResolver extends CommandResolverOf(impulseEndpoint) {
  @ImpulseQuery(() => ImpulseConnection, 'impulse', 'Impulses, newest first. A caseworker sees the ones they reported.')
  async impulses(@Args() args: ImpulsesArgs, @CurrentActor() actor: Actor): Promise<Connection<ImpulseType>> {
    const { status, from, to, tipId } = args.filter ?? {};
    const filter = {
      status,
      ...employerFilterOf(args.filter ?? {}),
      reportedFrom: from,
      reportedTo: to,
      tipId,
      reportedBy: actor.role === Role.FK_CASEWORKER ? actor.id : undefined,
    };
    return positionPage(
      this.queries,
      ListImpulsesQuery,
      filter,
      args,
      (r) => toImpulseType(r, this.persons),
      beforeCursor,
    );
  }

  @ImpulseQuery(() => ImpulseType, 'impulse')
  async impulse(@Args('id') id: string, @CurrentActor() actor: Actor): Promise<ImpulseType> {
    const row = await this.found(GetImpulsesQuery, 'Impulse', id);
    if (actor.role === Role.FK_CASEWORKER && row.reported_by !== actor.id) {
      throw new ForbiddenError(IMPULSE_READERS, actor.role, 'A caseworker reads only the impulses they reported');
    }
    return toImpulseType(row, this.persons);
  }

  @CommandMutation('Reports an impulse about an employer (never about the sick-listed person).')
  reportImpulse(input: ReportImpulseInput): ImpulseRequest {
    const { employer, region, industry, deficiency, description, reportedOn } = input;
    const data = {
      employer: { organisationNumber: employer.organisationNumber, name: employer.name },
      region,
      industry,
      deficiency,
      description,
      reportedOn,
    };
    return { type: 'ReportImpulse', data };
  }

  @CommandMutation({
    description: 'Dismisses an open impulse, with the reason why it leads to no tip.',
    roles: [Role.COLLABORATION_OFFICER],
  })
  dismissImpulse(input: DismissImpulseInput): ImpulseRequest {
    return decisionOf('DismissImpulse', input, 'impulseId', 'dismissedOn');
  }

  protected async shown(id: string): Promise<Pick<ImpulsePayload, 'impulse'>> {
    return { impulse: toImpulseType(await this.found(GetImpulsesQuery, 'Impulse', id), this.persons) };
  }
}
