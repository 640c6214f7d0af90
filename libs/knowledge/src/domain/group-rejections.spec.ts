import { itRefusesEach, Refusal } from '@samverkan/core/testing/decider-specification';
import { fold } from '@samverkan/core/domain';
import { changed } from '@samverkan/core/testing/changed';
import { without } from '@samverkan/core/testing/edges';
import { groupDecider } from './group';
import { GroupCommand, GroupEvent } from './group.commands';
import {
  aFoundedGroup,
  aGroupWithAHeldMeeting,
  aGroupWithAPlannedMeeting,
  admitMember,
  cancelMeeting,
  FK,
  foundGroup,
  FOUNDED_ON,
  GROUP_ID as groupId,
  groupFounded,
  groupSpec as spec,
  holdMeeting,
  MEETING_ID as meetingId,
  meetingHeld,
  meetingPlanned,
  memberRemoved,
  MYNAK,
  NEXT_MEETING_ID,
  planMeeting,
  removeMember,
  TOMORROW,
} from './testing/knowledge.fixtures';

/**
 * A rejection names the group, and the organisation (by code), meeting or field it is about, so
 * that a client can point at what to correct; SOS joined on 15 September 2025.
 */

type Rejection = Refusal<GroupCommand, GroupEvent>;

const plan = changed(planMeeting());
const ofMeeting = { groupId, meetingId };

const founding: Rejection[] = [
  ['founding it again', [groupFounded()], foundGroup(), 'GROUP_ALREADY_FOUNDED', { groupId, foundedOn: FOUNDED_ON }],
  ['a host without a code', [], foundGroup(null as never), 'INVALID_ORGANISATION_CODE', { groupId, code: null }],
  [
    'a malformed host code',
    [],
    foundGroup({ ...FK, code: 'fk' }),
    'INVALID_ORGANISATION_CODE',
    { groupId, code: 'fk' },
  ],
  [
    'a host without a name',
    [],
    foundGroup({ ...FK, name: ' ' }),
    'INVALID_TEXT',
    { groupId, code: 'FK', field: 'name' },
  ],
  ['a founding to come', [], foundGroup(FK, TOMORROW), 'DATE_IN_FUTURE', { groupId, field: 'foundedOn' }],
];

const admitting: Rejection[] = [
  [
    'a malformed code',
    aFoundedGroup,
    admitMember({ ...MYNAK, code: 'Mynak' }),
    'INVALID_ORGANISATION_CODE',
    { groupId, code: 'Mynak' },
  ],
  ['a current member', aFoundedGroup, admitMember(), 'ALREADY_A_MEMBER', { groupId, code: 'AV' }],
  [
    'joining before the founding',
    aFoundedGroup,
    admitMember(MYNAK, '2025-08-31'),
    'BEFORE_FOUNDED',
    { groupId, code: 'MYNAK', field: 'joinedOn' },
  ],
  [
    'joining on a day to come',
    aFoundedGroup,
    admitMember(MYNAK, TOMORROW),
    'DATE_IN_FUTURE',
    { groupId, code: 'MYNAK', field: 'joinedOn' },
  ],
];

const removing: Rejection[] = [
  ['a malformed code', aFoundedGroup, removeMember('sos'), 'INVALID_ORGANISATION_CODE', { groupId, code: 'sos' }],
  ['the host', aFoundedGroup, removeMember('FK'), 'HOST_CANNOT_LEAVE', { groupId, code: 'FK' }],
  [
    'leaving before joining',
    aFoundedGroup,
    removeMember('SOS', '2025-09-14'),
    'BEFORE_JOINED',
    { groupId, code: 'SOS', field: 'leftOn' },
  ],
  [
    'leaving on a day to come',
    aFoundedGroup,
    removeMember('SOS', TOMORROW),
    'DATE_IN_FUTURE',
    { groupId, code: 'SOS', field: 'leftOn' },
  ],
  [
    'a removal without a reason',
    aFoundedGroup,
    removeMember('SOS', undefined, null),
    'REASON_REQUIRED',
    { groupId, code: 'SOS' },
  ],
];

const planning: Rejection[] = [
  [
    'a padded meeting id',
    aFoundedGroup,
    plan({ meetingId: ` ${meetingId}` }),
    'INVALID_ID',
    { groupId, field: 'meetingId' },
  ],
  ['planning it again', aGroupWithAPlannedMeeting, planMeeting(), 'GROUP_MEETING_ALREADY_PLANNED', ofMeeting],
  ['an unknown term', aFoundedGroup, plan({ term: 'ST' as never }), 'INVALID_CHOICE', { ...ofMeeting, field: 'term' }],
  ['a fraction of a year', aFoundedGroup, plan({ year: 2025.5 }), 'INVALID_YEAR', ofMeeting],
  ['an impossible day', aFoundedGroup, plan({ date: '2025-09-31' }), 'INVALID_DATE', { ...ofMeeting, field: 'date' }],
  [
    'a day outside its term',
    aFoundedGroup,
    plan({ date: '2025-06-30' }),
    'MEETING_OUTSIDE_TERM',
    { ...ofMeeting, field: 'date', term: 'HT', year: 2025 },
  ],
  [
    'an agenda that is no list',
    aFoundedGroup,
    plan({ agenda: 'Förslag' as never }),
    'INVALID_TEXT',
    { ...ofMeeting, field: 'agenda' },
  ],
];

const holding: Rejection[] = [
  [
    'holding it again',
    aGroupWithAHeldMeeting,
    holdMeeting(),
    'GROUP_MEETING_NOT_PLANNED',
    { ...ofMeeting, status: 'HELD' },
  ],
  [
    'a day to come',
    [...aFoundedGroup, meetingPlanned(NEXT_MEETING_ID, '2025-12-03')],
    holdMeeting(TOMORROW, ['FK'], NEXT_MEETING_ID),
    'DATE_IN_FUTURE',
    { groupId, meetingId: NEXT_MEETING_ID, field: 'heldOn' },
  ],
  [
    'a day outside its term',
    aGroupWithAPlannedMeeting,
    holdMeeting('2025-06-30'),
    'MEETING_OUTSIDE_TERM',
    { ...ofMeeting, field: 'heldOn' },
  ],
  ['nobody present', aGroupWithAPlannedMeeting, holdMeeting(undefined, []), 'PRESENT_REQUIRED', ofMeeting],
  [
    'a malformed code present',
    aGroupWithAPlannedMeeting,
    holdMeeting(undefined, ['FK', 'av']),
    'INVALID_ORGANISATION_CODE',
    { ...ofMeeting, code: 'av' },
  ],
  [
    'a member named twice',
    aGroupWithAPlannedMeeting,
    holdMeeting(undefined, ['FK', 'AV', 'AV']),
    'DUPLICATE_PRESENT',
    { ...ofMeeting, code: 'AV' },
  ],
];

const cancelling: Rejection[] = [
  [
    'a held meeting',
    aGroupWithAHeldMeeting,
    cancelMeeting(),
    'GROUP_MEETING_ALREADY_HELD',
    { ...ofMeeting, heldOn: '2025-10-08' },
  ],
  [
    'a cancellation without a reason',
    aGroupWithAPlannedMeeting,
    cancelMeeting(meetingId, null),
    'REASON_REQUIRED',
    ofMeeting,
  ],
];

describe('Knowledge group rejections name what they refuse', () => {
  describe.each([
    ['founding', founding],
    ['admitting', admitting],
    ['removing', removing],
    ['planning', planning],
    ['holding', holding],
    ['cancelling', cancelling],
  ] as const)('%s', (_, rejections) => {
    itRefusesEach(spec, rejections);
  });

  it('refuses a meeting held with its present members left out', () => {
    spec.given(aGroupWithAPlannedMeeting).when(without(holdMeeting(), 'present')).thenThrows('PRESENT_REQUIRED');
  });

  it('finds no meeting for a meeting id left out, even one planned under the id "undefined"', () => {
    const given = [...aFoundedGroup, meetingPlanned('undefined')];
    spec.given(given).when(without(holdMeeting(), 'meetingId')).thenThrows('GROUP_MEETING_NOT_FOUND');
  });
});

describe('Knowledge group state', () => {
  it('replays a removal of an organisation that is not a member, or the holding of a meeting it does not hold, as nothing', () => {
    const before = fold(groupDecider, aGroupWithAPlannedMeeting);
    const stray = [memberRemoved('MYNAK'), meetingHeld(undefined, undefined, NEXT_MEETING_ID)];
    expect(fold(groupDecider, [...aGroupWithAPlannedMeeting, ...stray])).toEqual(before);
  });
});
