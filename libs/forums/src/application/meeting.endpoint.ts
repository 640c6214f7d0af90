import {
  commandEndpoint,
  DatedRequest,
  normalisedOrganisationNumber,
  PlainRequest,
  Prepared,
  RequestWith,
  RequestWithout,
  steps,
} from '@samverkan/core';
import { MeetingCommand, meetingDecider, meetingStream } from '../domain';
import { assertMayActOn } from './forum-access';
import { establishedForum, existingMeeting } from './forums.reads';
import { meetingIdFor, namedPerson } from './forums.requests';

/** A meeting to plan: the endpoint mints its id from the command id. */
export type PlanMeetingRequest = RequestWithout<MeetingCommand<'PlanMeeting'>, 'meetingId'>;

/** A named guest as the coordinator gives them: the name goes to the person directory only. */
export interface GuestRequest {
  name: string;
  organisation: string;
}

/** Who came: the forum's member list is read by the endpoint, guests are named. */
export type RecordAttendanceRequest = RequestWith<
  MeetingCommand<'RecordAttendance'>,
  Omit<MeetingCommand<'RecordAttendance'>['data'], 'memberOrganisationNumbers' | 'guests'> & {
    guests: readonly GuestRequest[];
  }
>;

/** A request on a planned meeting: its forum is read first, for the forum access check. */
type LaterRequest =
  | PlainRequest<MeetingCommand<'RescheduleMeeting'>>
  | PlainRequest<MeetingCommand<'ChangeMeetingAgenda'>>
  | DatedRequest<MeetingCommand<'HoldMeeting'>, 'heldOn'>
  | RecordAttendanceRequest
  | PlainRequest<MeetingCommand<'CancelMeeting'>>;

export type MeetingRequest = PlanMeetingRequest | LaterRequest;

/** The steps of later requests, given the forum of the meeting. */
const laterSteps = (forumId: string) =>
  steps.byType<LaterRequest, MeetingCommand>({
    RescheduleMeeting: steps.plain,
    ChangeMeetingAgenda: steps.plain,
    HoldMeeting: steps.dated('heldOn'),
    async RecordAttendance(request, tools) {
      const forum = await establishedForum(tools, forumId);
      const people = request.data.guests.map((guest, index) =>
        namedPerson(tools.commandId, `guest-${index}`, { name: guest.name, organisation: guest.organisation }),
      );
      const data = {
        meetingId: request.data.meetingId,
        members: request.data.members.map((m) => ({
          organisationNumber: normalisedOrganisationNumber(m.organisationNumber),
          participants: m.participants,
        })),
        guests: request.data.guests.map((guest, index) => ({
          personId: people[index].id,
          organisation: guest.organisation,
        })),
        memberOrganisationNumbers: Object.keys(forum.members),
      };
      return { command: steps.command(request, data, tools), people };
    },
    CancelMeeting: steps.plain,
  });

/**
 * A forum meeting's way in. The forum is read first: planning needs it to exist, attendance needs
 * its member list, and every request needs to know whose forum it is (a coordinator acts on the
 * forums of their token only). Guests get person ids derived from the command id.
 */
export const meetingEndpoint = commandEndpoint({
  name: 'forumMeeting',
  decider: meetingDecider,
  streamOf: (command: MeetingCommand) => meetingStream(command.data.meetingId),
  async prepare(request: MeetingRequest, tools): Promise<Prepared<MeetingCommand>> {
    if (request.type === 'PlanMeeting') {
      assertMayActOn(tools.sender, request.data.forumId);
      await establishedForum(tools, request.data.forumId);
      return { command: steps.command(request, { ...request.data, meetingId: meetingIdFor(tools.commandId) }, tools) };
    }
    const { forumId } = await existingMeeting(tools, request.data.meetingId);
    assertMayActOn(tools.sender, forumId);
    return laterSteps(forumId)(request, tools);
  },
});
