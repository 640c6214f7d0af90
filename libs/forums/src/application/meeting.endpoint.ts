import { commandEndpoint, normalisedOrganisationNumber, PlainRequest, plainCommand, Prepared } from '@samverkan/core';
import {
  CancelMeeting,
  ChangeMeetingAgenda,
  HoldMeeting,
  MeetingCommand,
  meetingDecider,
  meetingStream,
  PlanMeeting,
  RecordAttendance,
  RescheduleMeeting,
} from '../domain';
import { assertMayActOn } from './forum-access';
import { establishedForum, existingMeeting } from './forums.reads';
import { dayOr, meetingIdFor, namedPerson, RequestLeaving } from './forums.requests';

/** A meeting to plan: the endpoint mints its id from the command id. */
export type PlanMeetingRequest = Omit<PlanMeeting, 'metadata' | 'data'> & {
  data: Omit<PlanMeeting['data'], 'meetingId'>;
};

/** A named guest as the coordinator gives them: the name goes to the person directory only. */
export interface GuestRequest {
  name: string;
  organisation: string;
}

/** Who came: the forum's member list is read by the endpoint, guests are named. */
export type RecordAttendanceRequest = Omit<RecordAttendance, 'metadata' | 'data'> & {
  data: Omit<RecordAttendance['data'], 'memberOrganisationNumbers' | 'guests'> & { guests: readonly GuestRequest[] };
};

export type MeetingRequest =
  | PlanMeetingRequest
  | PlainRequest<RescheduleMeeting>
  | PlainRequest<ChangeMeetingAgenda>
  | RequestLeaving<HoldMeeting, 'heldOn'>
  | RecordAttendanceRequest
  | PlainRequest<CancelMeeting>;

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
    const { metadata } = tools;
    if (request.type === 'PlanMeeting') {
      assertMayActOn(tools.sender, request.data.forumId);
      await establishedForum(tools, request.data.forumId);
      return { command: { ...request, data: { ...request.data, meetingId: meetingIdFor(tools.commandId) }, metadata } };
    }
    const { forumId } = await existingMeeting(tools, request.data.meetingId);
    assertMayActOn(tools.sender, forumId);
    switch (request.type) {
      case 'HoldMeeting':
        return {
          command: { ...request, data: { ...request.data, heldOn: dayOr(request.data.heldOn, tools) }, metadata },
        };
      case 'RecordAttendance': {
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
        return { command: { ...request, data, metadata }, people };
      }
      default:
        return { command: plainCommand<MeetingCommand>(request, tools) };
    }
  },
});
