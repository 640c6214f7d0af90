import { describeModuleEvents, expectLabels, summaryOf, OneOfEach } from '@samverkan/core/testing/module-events';
import { GroupEvent } from './group.commands';
import { ItemEvent } from './item.commands';
import { knowledgeModuleEvents } from './knowledge';
import { ITEM_KINDS, REVIEW_VERDICTS } from './knowledge.model';
import { itemKindLabel, reviewVerdictLabel } from './knowledge.summaries';
import {
  AGENDA,
  AV,
  groupFounded,
  itemPresented,
  itemProposed,
  itemPublished,
  itemRetired,
  itemReviewed,
  meetingCancelled,
  meetingHeld,
  meetingPlanned,
  memberAdmitted,
  memberRemoved,
  REVIEW_NOTE,
  TOPICS,
} from './testing/knowledge.fixtures';

const oneGroupEventOfEach: OneOfEach<GroupEvent> = {
  GroupFounded: groupFounded(),
  GroupMemberAdmitted: memberAdmitted(),
  GroupMemberRemoved: memberRemoved(),
  GroupMeetingPlanned: meetingPlanned(),
  GroupMeetingHeld: meetingHeld(),
  GroupMeetingCancelled: meetingCancelled(),
};
const oneItemEventOfEach: OneOfEach<ItemEvent> = {
  ItemProposed: itemProposed(),
  ItemReviewed: itemReviewed(),
  ItemPublished: itemPublished(),
  ItemRetired: itemRetired(),
  ItemPresented: itemPresented(),
};
const summary = summaryOf(knowledgeModuleEvents);
const freeText = [...AGENDA, ...TOPICS, REVIEW_NOTE];

describe('Knowledge events', () => {
  describeModuleEvents(knowledgeModuleEvents, {
    module: 'knowledge',
    streams: { knowledgeGroup: oneGroupEventOfEach, knowledgeItem: oneItemEventOfEach },
    count: 11,
    decisions: ['GroupMemberRemoved', 'GroupMeetingCancelled', 'ItemReviewed', 'ItemRetired'],
    hidden: freeText,
  });

  it('summarises the group', () => {
    expect(summary(groupFounded())).toBe('Kunskapsgruppen bildades 2025-09-01 med Försäkringskassan (FK) som värd');
    expect(summary(memberAdmitted(AV))).toBe('Arbetsmiljöverket (AV) blev medlem i kunskapsgruppen 2025-09-01');
    expect(summary(memberRemoved('SOS', '2025-11-01', 'Deltar\ni forum'))).toBe(
      'SOS lämnade kunskapsgruppen 2025-11-01. Skäl: Deltar i forum',
    );
    expect(summary(meetingPlanned())).toBe(
      'Kunskapsgruppens möte planerat 2025-10-08 (höstterminen 2025), 2 punkter på dagordningen',
    );
    expect(summary(meetingHeld())).toBe('Kunskapsgruppens möte hölls 2025-10-08 med FK, AV och FHM närvarande');
    expect(summary(meetingCancelled())).toBe('Kunskapsgruppens möte ställdes in: För få medlemmar kunde delta');
  });

  it('summarises an item', () => {
    expect(summary(itemProposed())).toBe(
      'Rapport ”Arbetsanpassning i hemtjänsten” från Myndigheten för arbetsmiljökunskap föreslogs av AV 2025-09-20, 2 ämnen',
    );
    expect(summary(itemReviewed())).toBe('Kunskapsunderlaget granskades vid kunskapsgruppens möte 2025-10-08: godkänt');
    expect(summary(itemReviewed('REJECTED'))).toMatch(/: avslaget$/);
    expect(summary(itemPublished())).toBe('Kunskapsunderlaget publicerades 2025-10-15');
    expect(summary(itemRetired())).toBe('Kunskapsunderlaget togs ur bruk 2025-11-10. Skäl: Ersatt av en nyare rapport');
    expect(summary(itemPresented())).toBe('Kunskapsunderlaget presenterades vid ett forummöte 2025-10-22');
  });

  it('has a Swedish label for every kind and verdict', () => {
    expectLabels(
      [
        [ITEM_KINDS, itemKindLabel],
        [REVIEW_VERDICTS, reviewVerdictLabel],
      ],
      /^[a-zåäö]/,
    );
  });
});
