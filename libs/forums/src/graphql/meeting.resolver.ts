import { Args } from '@nestjs/graphql';
import { CommandMutation, CommandResolver, MappedMutations, Role } from '@samverkan/auth';
import { attendanceOf, CommandResolverOf, decisionFrom, requestFrom } from '@samverkan/core';
import { GetForumsQuery, GetMeetingsQuery, meetingEndpoint, MeetingRequest } from '../application';
import { ForumQuery } from './forum.resolver';
import {
  CancelForumMeetingInput,
  ChangeForumMeetingAgendaInput,
  HoldForumMeetingInput,
  PlanForumMeetingInput,
  RecordForumAttendanceInput,
  RescheduleForumMeetingInput,
} from './forums.inputs';
import { memberNamesOf, toAgenda, toMeetingType } from './forums.mapping';
import { ForumMeetingPayload, ForumMeetingType } from './forums.types';

/** Coordinators plan, hold and cancel their forums' meetings and record who came. */
@CommandResolver(() => ForumMeetingPayload, [Role.FORUM_COORDINATOR])
@MappedMutations<MeetingRequest>({
  rescheduleForumMeeting: {
    request: requestFrom(RescheduleForumMeetingInput, 'RescheduleMeeting', 'meetingId', 'date'),
  },
  holdForumMeeting: {
    description: 'The meeting took place, with minutes.',
    request: requestFrom(HoldForumMeetingInput, 'HoldMeeting', 'meetingId', 'heldOn', 'minutes'),
  },
  cancelForumMeeting: {
    description: 'Cancels a planned meeting: a decision, with the reason.',
    request: decisionFrom(CancelForumMeetingInput, 'CancelMeeting', 'meetingId'),
  },
})
export class MeetingResolver extends CommandResolverOf(meetingEndpoint) {
  @ForumQuery(() => ForumMeetingType, 'forumMeeting')
  async forumMeeting(@Args('id') id: string): Promise<ForumMeetingType> {
    return this.meetingType(id);
  }

  @CommandMutation('Plans a meeting of your forum; its date must fall inside the term.')
  planForumMeeting(input: PlanForumMeetingInput): MeetingRequest {
    const { forumId, title, format, term, year, date } = input;
    return { type: 'PlanMeeting', data: { forumId, title, format, term, year, date, agenda: toAgenda(input.agenda) } };
  }

  @CommandMutation()
  changeForumMeetingAgenda(input: ChangeForumMeetingAgendaInput): MeetingRequest {
    return { type: 'ChangeMeetingAgenda', data: { meetingId: input.meetingId, agenda: toAgenda(input.agenda) } };
  }

  @CommandMutation(
    'Who came to a held meeting: member employers by role, and named guests. Replaces earlier attendance.',
  )
  recordForumMeetingAttendance(input: RecordForumAttendanceInput): MeetingRequest {
    const { members, guests } = input;
    const { counted, named } = attendanceOf(members, 'organisationNumber', guests, ['name', 'organisation']);
    return { type: 'RecordAttendance', data: { meetingId: input.meetingId, members: counted, guests: named } };
  }

  protected async shown(id: string): Promise<Pick<ForumMeetingPayload, 'meeting'>> {
    return { meeting: await this.meetingType(id) };
  }

  private async meetingType(id: string): Promise<ForumMeetingType> {
    const row = await this.found(GetMeetingsQuery, 'Meeting', id);
    const forums = await this.queries.execute(new GetForumsQuery([row.doc.forumId]));
    return toMeetingType(row, memberNamesOf(forums.map((f) => f.doc)), this.persons);
  }
}
