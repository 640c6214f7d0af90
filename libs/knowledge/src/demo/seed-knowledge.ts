import { CommandBus } from '@nestjs/cqrs';
import { devActor, Role } from '@samverkan/auth';
import { Actor, CommandContext, entityIdFor, eventIdFor, PersonDirectory } from '@samverkan/core';
import { demoMeeting, demoMeetingId } from '@samverkan/demo';
import { RunGroupCommand, RunItemCommand } from '../application';
import { GroupCommand, IsoDate, ItemCommand, NATIONAL_GROUP_ID, termDates } from '../domain';
import { DEMO_GROUP_MEETINGS, DEMO_KNOWLEDGE_FOUNDED_ON, DEMO_KNOWLEDGE_HOST, DEMO_KNOWLEDGE_ITEMS, DEMO_KNOWLEDGE_MEMBERS, demoGroupMeeting } from './demo-knowledge';

/**
 * Who sends a command: the steering group founds the group and admits members, a member
 * organisation's knowledge-group person proposes, the dev knowledge-group person (FHM) runs the
 * meetings, reviews, publishes, retires and records presentations.
 */
type By = { kind: 'steering' } | { kind: 'group' } | { kind: 'member'; code: string };

/** One command of the demo, with the stable key its command id derives from and the day it belongs to. */
type Step = { key: string; commandId: string; at: IsoDate; by: By } & (
  | { kind: 'group'; command: GroupCommand }
  | { kind: 'item'; command: ItemCommand }
);

const commandIdFor = (key: string) => eventIdFor(`demo:knowledge:${key}`, 0);

/** The id the seed gives a demo group meeting (from the key of its PlanGroupMeeting command), as the resolver derives it. */
export const demoGroupMeetingId = (meetingKey: string) => entityIdFor(commandIdFor(`meeting:${meetingKey}:plan`));
/** The id the seed gives a demo knowledge item (from the key of its ProposeItem command), as the resolver derives it. */
export const demoKnowledgeItemId = (itemKey: string) => entityIdFor(commandIdFor(`item:${itemKey}:propose`));

/** The actor a member organisation proposes through, and the fictional name the person directory shows for it. */
export function demoMemberActor(code: string): Actor {
  return { id: `dev-knowledge-group-${code.toLowerCase()}`, organisation: code, role: Role.KNOWLEDGE_GROUP };
}
const memberActorName = (code: string) => `Demo kunskapsgruppen (${code})`;

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/**
 * Every command of the demo in date order (a stable sort: on one day, the group's commands come
 * first, so a meeting is held before the reviews that cite it). `now` is the moment every command is
 * decided at: every date is in the past, but for the meeting still planned for December 2026.
 */
function steps(now: Date): Step[] {
  const metadata = { now };
  const groupId = NATIONAL_GROUP_ID;
  const list: Step[] = [];
  const group = (key: string, at: IsoDate, by: By, build: (commandId: string) => GroupCommand) => {
    const commandId = commandIdFor(key);
    list.push({ key, commandId, at, by, kind: 'group', command: build(commandId) });
  };
  const item = (key: string, at: IsoDate, by: By, build: (commandId: string) => ItemCommand) => {
    const commandId = commandIdFor(key);
    list.push({ key, commandId, at, by, kind: 'item', command: build(commandId) });
  };
  const steering: By = { kind: 'steering' };
  const groupPerson: By = { kind: 'group' };

  group('group:found', DEMO_KNOWLEDGE_FOUNDED_ON, steering, () => ({
    type: 'FoundGroup',
    data: { groupId, host: { ...DEMO_KNOWLEDGE_HOST }, foundedOn: DEMO_KNOWLEDGE_FOUNDED_ON },
    metadata,
  }));
  for (const { code, name, joinedOn } of DEMO_KNOWLEDGE_MEMBERS) {
    group(`group:admit:${code}`, joinedOn, steering, () => ({ type: 'AdmitGroupMember', data: { groupId, member: { code, name }, joinedOn }, metadata }));
  }

  for (const meeting of DEMO_GROUP_MEETINGS) {
    const { key, end } = meeting;
    const meetingId = demoGroupMeetingId(key);
    // Planned at the start of its term (the first term: on the founding day).
    group(`meeting:${key}:plan`, later(termDates(meeting.term, meeting.year).from, DEMO_KNOWLEDGE_FOUNDED_ON), groupPerson, (commandId) => ({
      type: 'PlanGroupMeeting',
      data: { groupId, meetingId: entityIdFor(commandId), term: meeting.term, year: meeting.year, date: meeting.date, agenda: [...meeting.agenda] },
      metadata,
    }));
    if (end.kind === 'HELD') {
      group(`meeting:${key}:hold`, end.heldOn, groupPerson, () => ({
        type: 'HoldGroupMeeting',
        data: { groupId, meetingId, heldOn: end.heldOn, present: [...end.present] },
        metadata,
      }));
    } else if (end.kind === 'CANCELLED') {
      group(`meeting:${key}:cancel`, meeting.date, groupPerson, () => ({
        type: 'CancelGroupMeeting',
        data: { groupId, meetingId },
        metadata,
        reason: end.reason,
      }));
    }
  }

  for (const demo of DEMO_KNOWLEDGE_ITEMS) {
    const { key } = demo;
    const itemId = demoKnowledgeItemId(key);
    item(`item:${key}:propose`, demo.proposedOn, { kind: 'member', code: demo.proposedBy }, (commandId) => ({
      type: 'ProposeItem',
      data: {
        itemId: entityIdFor(commandId),
        kind: demo.kind,
        title: demo.title,
        sourceOrganisation: demo.sourceOrganisation,
        link: demo.link,
        topics: [...demo.topics],
        proposedBy: demo.proposedBy,
        // Read by the handler from the group's stream.
        memberCodes: [],
        proposedOn: demo.proposedOn,
      },
      metadata,
    }));
    const { review } = demo;
    if (review) {
      const meeting = demoGroupMeeting(review.meeting);
      const heldOn = meeting.end.kind === 'HELD' ? meeting.end.heldOn : meeting.date;
      item(`item:${key}:review`, heldOn, groupPerson, () => ({
        type: 'ReviewItem',
        // The meeting's status is read by the handler from the group's stream.
        data: { itemId, meeting: { meetingId: demoGroupMeetingId(review.meeting), status: 'NONE' }, verdict: review.verdict, note: review.note },
        metadata,
        reason: review.reason,
      }));
    }
    if (demo.publishedOn) {
      const publishedOn = demo.publishedOn;
      item(`item:${key}:publish`, publishedOn, groupPerson, () => ({ type: 'PublishItem', data: { itemId, publishedOn }, metadata }));
    }
    for (const forumMeetingKey of demo.presentedAt) {
      item(`item:${key}:present:${forumMeetingKey}`, demoMeeting(forumMeetingKey).date, groupPerson, () => ({
        type: 'RecordPresentation',
        // The forum meeting is read by the handler from the forums module's stream.
        data: { itemId, forumMeeting: { meetingId: demoMeetingId(forumMeetingKey), exists: false, forumId: '', status: 'NONE', date: '' } },
        metadata,
      }));
    }
    if (demo.retired) {
      const { retiredOn, reason } = demo.retired;
      item(`item:${key}:retire`, retiredOn, groupPerson, () => ({ type: 'RetireItem', data: { itemId, retiredOn }, metadata, reason }));
    }
  }

  const order = new Map(list.map((step, index) => [step, index]));
  return [...list].sort((a, b) => a.at.localeCompare(b.at) || order.get(a)! - order.get(b)!);
}

/**
 * Loads the knowledge group demo through the real command path: the steering group founds the
 * group (hosted by FK) and admits the members, each member organisation proposes through its own
 * knowledge-group actor, and the dev knowledge-group person runs the meetings, reviews, publishes,
 * retires and records where items were presented. Presentations cite the forums demo's held
 * meetings, so seed forums first. Every command id derives from a demo key, so a second run replays
 * each command and appends nothing.
 */
export async function seedKnowledge(commands: CommandBus, persons: PersonDirectory, onCommand: () => void = () => undefined): Promise<void> {
  const steeringActor = devActor(persons, Role.STEERING_GROUP);
  const groupActor = devActor(persons, Role.KNOWLEDGE_GROUP);
  const members = new Map<string, Actor>();
  const actorOf = (by: By): Actor => {
    if (by.kind === 'steering') return steeringActor;
    if (by.kind === 'group') return groupActor;
    let member = members.get(by.code);
    if (!member) {
      member = demoMemberActor(by.code);
      persons.upsert(member.id, { name: memberActorName(by.code), organisation: by.code });
      members.set(by.code, member);
    }
    return member;
  };
  for (const step of steps(new Date())) {
    const context: CommandContext = { actor: actorOf(step.by), commandId: step.commandId, correlationId: step.commandId };
    if (step.kind === 'group') await commands.execute(new RunGroupCommand(step.command, context));
    else await commands.execute(new RunItemCommand(step.command, context));
    onCommand();
  }
}

/** How many commands the knowledge demo takes, for a progress bar. */
export function knowledgeCommandCount(): number {
  return steps(new Date()).length;
}
