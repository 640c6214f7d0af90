import { Args } from '@nestjs/graphql';
import { CommandMutation, CommandResolver, ContentQuery, MappedMutations, Role } from '@samverkan/auth';
import {
  attendanceOf,
  CommandResolverOf,
  Connection,
  decisionFrom,
  fieldsOf,
  positionPage,
  requestFrom,
  givenFieldsOf,
} from '@samverkan/core';
import { activityEndpoint, ActivityRequest, GetActivitiesQuery, ListActivitiesQuery } from '../application';
import { ActivityDoc } from '../read-model/momentum.documents';
import { Versioned } from '../read-model/momentum.queries';
import {
  CancelProjectActivityInput,
  EvaluateProjectActivityInput,
  HoldProjectActivityInput,
  PlanProjectActivityInput,
  ProjectActivitiesArgs,
  RecordProjectActivityParticipantsInput,
  RescheduleProjectActivityInput,
} from './momentum.inputs';
import { toActivityType } from './momentum.mapping';
import { ProjectActivityConnection, ProjectActivityPayload, ProjectActivityType } from './momentum.types';

/** Momentum's project staff: the steering group, the knowledge group and the forum coordinators. */
export const MOMENTUM_STAFF = [Role.STEERING_GROUP, Role.KNOWLEDGE_GROUP, Role.FORUM_COORDINATOR];

/** Momentum's conferences, trainings, web trainings and study visits: planned, held, who came, how it was rated. */
@CommandResolver(() => ProjectActivityPayload, MOMENTUM_STAFF)
@MappedMutations<ActivityRequest>({
  rescheduleProjectActivity: {
    description: 'Moves a planned activity to another date.',
    request: requestFrom(RescheduleProjectActivityInput, 'RescheduleActivity', 'activityId', 'date'),
  },
  holdProjectActivity: {
    description: 'The activity took place, with a short summary.',
    request: requestFrom(HoldProjectActivityInput, 'HoldActivity', 'activityId', 'heldOn', 'summary'),
  },
  cancelProjectActivity: {
    description: 'Cancels a planned activity: a decision, with the reason.',
    request: decisionFrom(CancelProjectActivityInput, 'CancelActivity', 'activityId'),
  },
})
export class MomentumResolver extends CommandResolverOf(activityEndpoint) {
  @ContentQuery(() => ProjectActivityConnection, 'projectActivity', 'Momentum’s activities, newest planned first.')
  async projectActivities(@Args() args: ProjectActivitiesArgs): Promise<Connection<ProjectActivityType>> {
    const filter = { ...args.filter };
    return positionPage(this.queries, ListActivitiesQuery, filter, args, (r) => toActivityType(r, this.persons));
  }

  @ContentQuery(() => ProjectActivityType, 'projectActivity')
  async projectActivity(@Args('id') id: string): Promise<ProjectActivityType> {
    return toActivityType(await this.activityDoc(id), this.persons);
  }

  @CommandMutation('Plans a conference, training, web training or study visit inside the project period.')
  planProjectActivity(input: PlanProjectActivityInput): ActivityRequest {
    const { kind, title, organiser, date, place, country, region, expectedParticipants } = input;
    const data = {
      kind,
      title,
      organiser,
      date,
      place,
      expectedParticipants,
      ...(country !== undefined && country !== null ? { country } : {}),
      ...(region !== undefined && region !== null ? { region } : {}),
    };
    return { type: 'PlanActivity', data };
  }

  @CommandMutation(
    'Who took part in a held activity: organisations by role, and named participants. Replaces an earlier list (a correction: give the reason).',
  )
  recordProjectActivityParticipants(input: RecordProjectActivityParticipantsInput): ActivityRequest {
    const { organisations, namedParticipants: people } = input;
    const { counted, named } = attendanceOf(organisations, 'organisation', people, ['name', 'organisation', 'email']);
    const data = { activityId: input.activityId, organisations: counted, namedParticipants: named };
    return { type: 'RecordParticipants', data, ...givenFieldsOf(input, 'reason') };
  }

  @CommandMutation(
    'The participants’ evaluation of a held activity, on 1–10. Replacing one is a correction: give the reason.',
  )
  evaluateProjectActivity(input: EvaluateProjectActivityInput): ActivityRequest {
    const data = fieldsOf(input, 'activityId', 'scale', 'respondents');
    return { type: 'ReportEvaluation', data, ...givenFieldsOf(input, 'reason') };
  }

  protected async shown(id: string): Promise<Pick<ProjectActivityPayload, 'activity'>> {
    return { activity: toActivityType(await this.activityDoc(id), this.persons) };
  }

  private async activityDoc(id: string): Promise<Versioned<ActivityDoc>> {
    return this.found(GetActivitiesQuery, 'Activity', id);
  }
}
