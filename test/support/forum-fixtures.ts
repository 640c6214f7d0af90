import { Role, TokenService } from '@samverkan/auth';
import { ok, TestApp } from './test-app';
import { entityMutations } from './command-mutation';

export const FORUM_FIELDS = `id name region capacity memberCount seatsLeft revision
  members { organisationNumber name sector industry size joinedOn representatives { personId name role } }
  formerMembers { organisationNumber name leftOn reason }`;
export const MEETING_FIELDS = `id forumId title format term year date status heldOn minutes cancellationReason revision
  agenda { topic speakerOrganisation }
  attendance { organisations participants { managers hr other guests total }
    members { organisationNumber employerName participants { total } } guests { personId name organisation } }`;
export const ACTION_FIELDS = `id forumId meetingId title status dueDate overdue agreedReason dropReason doneOn
  owner { organisation name } planActivity { year activityId } progress { note recordedOn }`;

const forumMutation = entityMutations(`forum { ${FORUM_FIELDS} }`);
export const ESTABLISH = forumMutation('establishForum');
export const CHANGE_CAPACITY = forumMutation('changeForumCapacity');
export const ADMIT = forumMutation('admitForumMember');
export const RESIGN = forumMutation('resignForumMember');
export const ADD_REPRESENTATIVE = forumMutation('addForumRepresentative');
const meetingMutation = entityMutations(`meeting { ${MEETING_FIELDS} }`);
export const PLAN_MEETING = meetingMutation('planForumMeeting');
export const HOLD_MEETING = meetingMutation('holdForumMeeting');
export const RECORD_ATTENDANCE = meetingMutation('recordForumMeetingAttendance', 'RecordForumAttendanceInput');
export const CANCEL_MEETING = meetingMutation('cancelForumMeeting');
const jointActionMutation = entityMutations(`jointAction { ${ACTION_FIELDS} }`);
export const AGREE_ACTION = jointActionMutation('agreeJointAction');
export const ACTION_PROGRESS = jointActionMutation('recordJointActionProgress');
export const COMPLETE_ACTION = jointActionMutation('completeJointAction');
export const DROP_ACTION = jointActionMutation('dropJointAction');

/** Fictional member employers with valid organisation numbers (checksum verified). */
export const employers = {
  sahlgrenska: {
    organisationNumber: '232100-0131',
    name: 'Västra Götalandsregionen',
    sector: 'PUBLIC',
    industry: '86.101',
    size: 'FROM_5000',
  },
  volvo: {
    organisationNumber: '556074-3089',
    name: 'Lastvagnar Väst AB',
    sector: 'PRIVATE',
    industry: '29.102',
    size: 'FROM_5000',
  },
  kommun: {
    organisationNumber: '212000-1355',
    name: 'Göteborgs Stad',
    sector: 'PUBLIC',
    industry: '84.11',
    size: 'FROM_5000',
  },
  bank: {
    organisationNumber: '502032-9081',
    name: 'Sparbanken Väst',
    sector: 'PRIVATE',
    industry: '64.190',
    size: 'FROM_500_TO_999',
  },
};

/** A coordinator's token naming the forums they coordinate (the `forums` claim). */
export function coordinatorToken(t: TestApp, id: string, forums: string[]): Promise<string> {
  return t.app.get(TokenService).sign(id, Role.FORUM_COORDINATOR, 'FK', { forums, name: `Koordinator ${id}` });
}

/** Forum Väst's and Forum Syd's coordinators, signed in before the block's tests: their tokens. */
export function useForumCoordinators(t: TestApp): { readonly vast: string; readonly syd: string } {
  const tokens = { vast: '', syd: '' };
  beforeAll(async () => {
    tokens.vast = await coordinatorToken(t, 'coord-vast', ['vast']);
    tokens.syd = await coordinatorToken(t, 'coord-syd', ['syd']);
  });
  return tokens;
}

/** Who sends a forum request: a test app's `gql`, or a running server's over fetch (role or token first). */
type Send = TestApp['gql'];

/** Forum Väst as most stories found it. */
export const VAST = { forumId: 'vast', name: 'Forum Väst', region: 'Västra Götaland', establishedOn: '2024-09-01' };

/** Forum Väst founded by the steering group, with these employers admitted by `coordinator`. */
export async function vastWithMembers(
  send: Send,
  steeringGroup: string,
  coordinator: string,
  members: (typeof employers)[keyof typeof employers][],
  { establishedOn = VAST.establishedOn, joinedOn = '2024-09-15' } = {},
): Promise<void> {
  await ok(send(steeringGroup, ESTABLISH, { input: { ...VAST, establishedOn } }));
  for (const employer of members)
    await ok(send(coordinator, ADMIT, { input: { forumId: 'vast', employer, joinedOn } }));
}

/** A seminar planned in Forum Väst, its term (VT to June, HT after) and year read from its date: its id. */
export async function plannedSeminar(send: Send, coordinator: string, title: string, date: string): Promise<string> {
  const term = date.slice(5, 7) <= '06' ? 'VT' : 'HT';
  const input = { forumId: 'vast', title, format: 'SEMINAR', term, year: Number(date.slice(0, 4)), date, agenda: [] };
  return (await ok(send(coordinator, PLAN_MEETING, { input }))).planForumMeeting.meeting.id as string;
}

/** A seminar planned and held in Forum Väst on its date: its id. */
export async function heldSeminar(
  send: Send,
  coordinator: string,
  title: string,
  date: string,
  minutes = 'Hölls.',
): Promise<string> {
  const meetingId = await plannedSeminar(send, coordinator, title, date);
  await ok(send(coordinator, HOLD_MEETING, { input: { meetingId, heldOn: date, minutes } }));
  return meetingId;
}

/** Both members of Forum Väst attending a meeting: `managers` of Sahlgrenska's, and the guests given. */
export const bothMembersAttending = (
  meetingId: string,
  managers: number,
  guests: { name: string; organisation: string }[] = [],
) => ({
  meetingId,
  members: [
    { organisationNumber: employers.sahlgrenska.organisationNumber, managers, hr: 2, other: 0 },
    { organisationNumber: employers.volvo.organisationNumber, managers: 1, hr: 1, other: 1 },
  ],
  guests,
});

/** A seminar held in Forum Väst on its date, both members attending (3 of Sahlgrenska's managers): its id. */
export async function attendedSeminar(
  send: Send,
  coordinator: string,
  title: string,
  date: string,
  guests: { name: string; organisation: string }[] = [],
): Promise<string> {
  const meetingId = await heldSeminar(send, coordinator, title, date);
  await ok(send(coordinator, RECORD_ATTENDANCE, { input: bothMembersAttending(meetingId, 3, guests) }));
  return meetingId;
}
