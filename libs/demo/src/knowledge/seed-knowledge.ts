import { Role } from '@samverkan/auth';
import { Actor, eventIdFor, Sender } from '@samverkan/core';
import { demoMeeting, demoMeetingId } from '../forums';
import {
  groupEndpoint,
  groupMeetingIdFor,
  GroupRequest,
  IsoDate,
  itemEndpoint,
  ItemRequest,
  knowledgeItemIdFor,
  NATIONAL_GROUP_ID,
  termDates,
} from '@samverkan/knowledge';
import { DemoSend, demoSender } from '../demo-send';
import {
  DEMO_GROUP_MEETINGS,
  DEMO_KNOWLEDGE_FOUNDED_ON,
  DEMO_KNOWLEDGE_HOST,
  DEMO_KNOWLEDGE_ITEMS,
  DEMO_KNOWLEDGE_MEMBERS,
  demoGroupMeeting,
} from './demo-knowledge';

/**
 * Who sends a command: the steering group founds the group and admits members, a member
 * organisation's knowledge-group person proposes, the dev knowledge-group person (FHM) runs the
 * meetings, reviews, publishes, retires and records presentations.
 */
type By = { kind: 'steering' } | { kind: 'group' } | { kind: 'member'; code: string };

/** One request of the demo, with the stable key its command id derives from and the day it belongs to. */
type Step = { key: string; commandId: string; at: IsoDate; by: By } & (
  { kind: 'group'; request: GroupRequest } | { kind: 'item'; request: ItemRequest }
);

const commandIdFor = (key: string) => eventIdFor(`demo:knowledge:${key}`, 0);

/** The id the endpoint gives a demo group meeting, from the command id of its plan. */
export const demoGroupMeetingId = (meetingKey: string) => groupMeetingIdFor(commandIdFor(`meeting:${meetingKey}:plan`));
/** The id the endpoint gives a demo knowledge item, from the command id of its proposal. */
export const demoKnowledgeItemId = (itemKey: string) => knowledgeItemIdFor(commandIdFor(`item:${itemKey}:propose`));

/** The actor a member organisation proposes through, and the fictional name the person directory shows for it. */
export function demoMemberActor(code: string): Actor {
  return { id: `dev-knowledge-group-${code.toLowerCase()}`, organisation: code, role: Role.KNOWLEDGE_GROUP };
}
const memberActorName = (code: string) => `Demo kunskapsgruppen (${code})`;

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/**
 * Every request of the demo in date order (a stable sort: on one day, the group's requests come
 * first, so a meeting is held before the reviews that cite it). Every date is in the past, but for
 * the meeting still planned for December 2026.
 */
function steps(): Step[] {
  const groupId = NATIONAL_GROUP_ID;
  const list: Step[] = [];
  const group = (key: string, at: IsoDate, by: By, request: GroupRequest) =>
    list.push({ key, commandId: commandIdFor(key), at, by, kind: 'group', request });
  const item = (key: string, at: IsoDate, by: By, request: ItemRequest) =>
    list.push({ key, commandId: commandIdFor(key), at, by, kind: 'item', request });
  const steering: By = { kind: 'steering' };
  const groupPerson: By = { kind: 'group' };

  group('group:found', DEMO_KNOWLEDGE_FOUNDED_ON, steering, {
    type: 'FoundGroup',
    data: { groupId, host: { ...DEMO_KNOWLEDGE_HOST }, foundedOn: DEMO_KNOWLEDGE_FOUNDED_ON },
  });
  for (const { code, name, joinedOn } of DEMO_KNOWLEDGE_MEMBERS) {
    group(`group:admit:${code}`, joinedOn, steering, {
      type: 'AdmitGroupMember',
      data: { groupId, member: { code, name }, joinedOn },
    });
  }

  for (const meeting of DEMO_GROUP_MEETINGS) {
    const { key, end } = meeting;
    const meetingId = demoGroupMeetingId(key);
    // Planned at the start of its term (the first term: on the founding day).
    group(
      `meeting:${key}:plan`,
      later(termDates(meeting.term, meeting.year).from, DEMO_KNOWLEDGE_FOUNDED_ON),
      groupPerson,
      {
        type: 'PlanGroupMeeting',
        data: { groupId, term: meeting.term, year: meeting.year, date: meeting.date, agenda: [...meeting.agenda] },
      },
    );
    if (end.kind === 'HELD') {
      group(`meeting:${key}:hold`, end.heldOn, groupPerson, {
        type: 'HoldGroupMeeting',
        data: { groupId, meetingId, heldOn: end.heldOn, present: [...end.present] },
      });
    } else if (end.kind === 'CANCELLED') {
      group(`meeting:${key}:cancel`, meeting.date, groupPerson, {
        type: 'CancelGroupMeeting',
        data: { groupId, meetingId },
        reason: end.reason,
      });
    }
  }

  for (const demo of DEMO_KNOWLEDGE_ITEMS) {
    const { key } = demo;
    const itemId = demoKnowledgeItemId(key);
    // The proposing organisation is the sender's: the member's own knowledge-group person.
    item(
      `item:${key}:propose`,
      demo.proposedOn,
      { kind: 'member', code: demo.proposedBy },
      {
        type: 'ProposeItem',
        data: {
          kind: demo.kind,
          title: demo.title,
          sourceOrganisation: demo.sourceOrganisation,
          link: demo.link,
          topics: [...demo.topics],
          proposedOn: demo.proposedOn,
        },
      },
    );
    const { review } = demo;
    if (review) {
      const meeting = demoGroupMeeting(review.meeting);
      const heldOn = meeting.end.kind === 'HELD' ? meeting.end.heldOn : meeting.date;
      item(`item:${key}:review`, heldOn, groupPerson, {
        type: 'ReviewItem',
        data: { itemId, meetingId: demoGroupMeetingId(review.meeting), verdict: review.verdict, note: review.note },
        reason: review.reason,
      });
    }
    if (demo.publishedOn) {
      const publishedOn = demo.publishedOn;
      item(`item:${key}:publish`, publishedOn, groupPerson, { type: 'PublishItem', data: { itemId, publishedOn } });
    }
    for (const forumMeetingKey of demo.presentedAt) {
      item(`item:${key}:present:${forumMeetingKey}`, demoMeeting(forumMeetingKey).date, groupPerson, {
        type: 'RecordPresentation',
        data: { itemId, forumMeetingId: demoMeetingId(forumMeetingKey) },
      });
    }
    if (demo.retired) {
      const { retiredOn, reason } = demo.retired;
      item(`item:${key}:retire`, retiredOn, groupPerson, { type: 'RetireItem', data: { itemId, retiredOn }, reason });
    }
  }

  const order = new Map(list.map((step, index) => [step, index]));
  return [...list].sort((a, b) => a.at.localeCompare(b.at) || order.get(a)! - order.get(b)!);
}

/**
 * Loads the knowledge group demo through the group's and the items' endpoints: the steering group
 * founds the group (hosted by FK) and admits the members, each member organisation proposes
 * through its own knowledge-group actor, and the dev knowledge-group person runs the meetings,
 * reviews, publishes, retires and records where items were presented. Presentations cite the forums
 * demo's held meetings, so seed forums first. Every command id derives from a demo key, so a second
 * run replays each request and appends nothing.
 */
export async function seedKnowledge(demo: DemoSend, onCommand: () => void = () => undefined): Promise<void> {
  const steering = demoSender(demo, Role.STEERING_GROUP);
  const groupPerson = demoSender(demo, Role.KNOWLEDGE_GROUP);
  const members = new Map<string, Sender>();
  const senderOf = (by: By): Sender => {
    if (by.kind === 'steering') return steering;
    if (by.kind === 'group') return groupPerson;
    let member = members.get(by.code);
    if (!member) {
      const actor = demoMemberActor(by.code);
      demo.persons.remember(actor.id, { name: memberActorName(by.code), organisation: by.code });
      member = { actor, correlationId: '', forums: [] };
      members.set(by.code, member);
    }
    return member;
  };
  for (const step of steps()) {
    const sender = { ...senderOf(step.by), correlationId: step.commandId };
    const options = { commandId: step.commandId };
    if (step.kind === 'group') await demo.send(groupEndpoint, step.request, sender, options);
    else await demo.send(itemEndpoint, step.request, sender, options);
    onCommand();
  }
}

/** How many requests the knowledge demo takes, for a progress bar. */
export function knowledgeCommandCount(): number {
  return steps().length;
}

/** The command ids of the demo in the order they are sent, for tests. */
export function knowledgeCommandIds(): string[] {
  return steps().map((s) => s.commandId);
}
