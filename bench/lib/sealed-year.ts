import { participantMonthEndpoint, sealEndpoint } from '@samverkan/audit';
import type {
  Command,
  CommandContext,
  CommandEndpoint,
  DomainEvent,
  EndpointDeps,
  RequestOptions,
  Sender,
  SentRequest,
} from '@samverkan/core';
import { eventIdFor, sendRequest } from '@samverkan/core';
import type { MemberAttendance } from '@samverkan/forums';
import { meetingEndpoint } from '@samverkan/forums';
import { groupEndpoint, groupMeetingIdFor, NATIONAL_GROUP_ID } from '@samverkan/knowledge';
import { activityEndpoint, activityIdFor } from '@samverkan/momentum';
import { historyFlow } from './domain-flows';
import { esfFlowIndex, esfKind, participantsOf } from './esf-flows';
import { benchActor, BenchRole } from './flow-steps';

/** The period the histories seal, and the participant months reported after the seal, in order. */
export const SEALED_PERIOD = { from: '2024-01-01', to: '2024-12-31' } as const;
export const REPORTED_MONTHS = ['2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12'];

/**
 * After the bulk load, the year's closing as the audit desk does it, through the endpoints and
 * `sendRequest` (the pipeline's own path without its wait for the read models, which the
 * generator does not run): seal the ESF report of 2024, report its participant months in order,
 * then record what came to light later, all dated in 2024: a forum meeting's attendance corrected,
 * a Momentum activity and a knowledge group meeting recorded late. So the seal has amendments and
 * the months it covers need re-reporting, as in a real year.
 *
 * `flows`: the flows the bulk load made of `total`. Returns the seal id (its command id) and what
 * each request appended.
 */
export async function closeSealedYear(
  deps: EndpointDeps,
  flows: number,
  total: number,
): Promise<{ sealId: string; sent: SentRequest[] }> {
  const trail = { store: deps.store, catalog: deps.catalog, persons: deps.persons };
  const sent: SentRequest[] = [];
  const send = async <R, C extends Command, E extends DomainEvent, S>(
    endpoint: CommandEndpoint<R, C, E, S>,
    request: R,
    role: BenchRole,
    key: string,
    options: Omit<RequestOptions, 'commandId'> & { forums?: string[] } = {},
  ) => {
    const commandId = commandIdFor(key);
    const sender: Sender = { actor: benchActor(role, 0), correlationId: commandId, forums: options.forums ?? [] };
    const result = await sendRequest(deps, endpoint, request, sender, { ...options, commandId });
    sent.push(result);
    return result;
  };

  const seal = await send(
    sealEndpoint(trail),
    {
      type: 'SealEsfReport',
      data: { ...SEALED_PERIOD },
      reason: 'Lägesrapport och ansökan om utbetalning för 2024 till ESF-rådet',
    },
    'AUDITOR',
    'seal',
  );
  for (const month of REPORTED_MONTHS)
    await send(
      participantMonthEndpoint(trail),
      { type: 'ReportParticipantMonth', data: { month } },
      'AUDITOR',
      `month:${month}`,
    );

  // A meeting of 2024 from the bulk whose attendance list turns out to have missed people.
  const meeting = meetingOf2024(flows, total);
  const recount: MemberAttendance[] = meeting.members.map((m, n) =>
    n === 0 ? { ...m, participants: { ...m.participants, OTHER: m.participants.OTHER + 2 } } : m,
  );
  await send(
    meetingEndpoint,
    { type: 'RecordAttendance', data: { meetingId: meeting.meetingId, members: recount, guests: [] } },
    'FORUM_COORDINATOR',
    'attendance',
    {
      forums: [meeting.forumId],
      correction: { corrects: meeting.attendanceEventId, reason: 'Två deltagare saknades på närvarolistan' },
    },
  );

  const plan = commandIdFor('activity:plan');
  const activityId = activityIdFor(plan);
  const heldOn = '2024-09-24';
  await send(
    activityEndpoint,
    {
      type: 'PlanActivity',
      data: {
        kind: 'WEB_TRAINING',
        title: 'Webbutbildning för chefer: tidiga signaler på psykisk ohälsa',
        organiser: 'FK',
        date: heldOn,
        place: 'Digitalt',
        expectedParticipants: 60,
      },
    },
    'STEERING_GROUP',
    'activity:plan',
  );
  await send(
    activityEndpoint,
    {
      type: 'HoldActivity',
      data: { activityId, heldOn, summary: 'Webbutbildningen hölls; den registrerades i efterhand.' },
    },
    'STEERING_GROUP',
    'activity:hold',
  );
  await send(
    activityEndpoint,
    { type: 'RecordParticipants', data: { activityId, organisations: participantsOf(4), namedParticipants: [] } },
    'STEERING_GROUP',
    'activity:participants',
  );

  const groupPlan = commandIdFor('group:plan');
  const meetingId = groupMeetingIdFor(groupPlan);
  const groupId = NATIONAL_GROUP_ID;
  await send(
    groupEndpoint,
    {
      type: 'PlanGroupMeeting',
      data: {
        groupId,
        term: 'HT',
        year: 2024,
        date: '2024-11-19',
        agenda: ['Extra möte: kunskapsunderlag inför 2025'],
      },
    },
    'KNOWLEDGE_GROUP',
    'group:plan',
  );
  await send(
    groupEndpoint,
    { type: 'HoldGroupMeeting', data: { groupId, meetingId, heldOn: '2024-11-19', present: ['FK', 'AV', 'FHM'] } },
    'KNOWLEDGE_GROUP',
    'group:hold',
  );
  return { sealId: seal.commandId, sent };
}

const commandIdFor = (key: string) => eventIdFor(`bench:sealed-year:${key}`, 0);

/** The first forum meeting of the bulk held in September 2024 (else in 2024), with its attendance as it stands. */
function meetingOf2024(flows: number, total: number) {
  let found: {
    meetingId: string;
    forumId: string;
    held: string;
    members: MemberAttendance[];
    attendanceEventId: string;
  } | null = null;
  for (let j = 0, i = esfFlowIndex(0, total); i < flows; i = esfFlowIndex(++j, total)) {
    if (esfKind(j, total) !== 'forumMeeting') continue;
    const steps = historyFlow(i, total);
    const plan = steps[0].command.data as { meetingId: string; forumId: string; date: string };
    if (!plan.date.startsWith('2024')) break;
    const attendance = steps.filter((s) => s.command.type === 'RecordAttendance').at(-1)!;
    const candidate = {
      meetingId: plan.meetingId,
      forumId: plan.forumId,
      held: plan.date,
      members: (attendance.command.data as { members: MemberAttendance[] }).members,
      attendanceEventId: eventIdFor((attendance.context as CommandContext).commandId, 0),
    };
    found ??= candidate;
    if (plan.date.startsWith('2024-09')) return candidate;
  }
  if (!found) throw new Error('The history holds no forum meeting of 2024 to correct');
  return found;
}
