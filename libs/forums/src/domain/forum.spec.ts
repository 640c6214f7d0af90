import { changed } from '@samverkan/core/testing/changed';
import { fold } from '@samverkan/core/domain';
import { forumDecider, forumStream } from './forum';
import { ForumCommand } from './forum.commands';
import {
  admitMember,
  admitted,
  commandOf,
  established,
  establishForum,
  FORUM_ID as forumId,
  forumSpec as spec,
  homeCare,
  metadata,
  municipality,
  PERSON,
  representativeAdded,
  resigned,
  TODAY,
  TOMORROW,
  withMembers,
} from './testing/forums.fixtures';

const establish = changed(establishForum);
const changeCapacity = (capacity: number): ForumCommand<'ChangeForumCapacity'> =>
  commandOf('ChangeForumCapacity', { forumId, capacity }, 'Styrgruppens beslut 2025-03-12');
const { organisationNumber } = municipality;
const otherCommands: ForumCommand[] = [
  changeCapacity(30),
  admitMember(),
  { type: 'ResignMember', data: { forumId, organisationNumber, leftOn: TODAY }, metadata, reason: 'Flytt' },
  { type: 'AddRepresentative', data: { forumId, organisationNumber, personId: 'p', role: 'HR' }, metadata },
  { type: 'RemoveRepresentative', data: { forumId, organisationNumber, personId: 'p' }, metadata },
];

describe('Forum', () => {
  describe('when it does not exist', () => {
    it('is established in a region with its capacity', () => {
      spec.given([]).when(establishForum).then([established]);
    });

    const whenEstablish = spec.given([]).whenEach(establish);

    it('trims its name and region', () => {
      whenEstablish({ name: ' Forum Väst ', region: '\nVästra Götaland ' }).then([established]);
    });

    it('is established today in Stockholm', () => {
      const today = { ...established, data: { ...established.data, establishedOn: TODAY } };
      whenEstablish({ establishedOn: TODAY }).then([today]);
    });

    it('rejects an establishment date after today', () => {
      whenEstablish({ establishedOn: TOMORROW }).thenThrows('DATE_IN_FUTURE');
    });

    it('rejects an impossible establishment date', () => {
      whenEstablish({ establishedOn: '2025-02-29' }).thenThrows('INVALID_DATE');
    });

    it('accepts a capacity from 1 to 200 seats', () => {
      for (const capacity of [1, 200]) {
        whenEstablish({ capacity }).then([{ ...established, data: { ...established.data, capacity } }]);
      }
    });

    it('rejects a capacity outside 1 to 200 seats, or a fraction', () => {
      for (const capacity of [0, -1, 201, 2.5, Number.NaN]) whenEstablish({ capacity }).thenThrows('INVALID_CAPACITY');
    });

    it('accepts a forum id of lower-case words joined by dashes', () => {
      for (const id of ['vast-2', 'norra-mellansverige']) {
        whenEstablish({ forumId: id }).then([{ ...established, data: { ...established.data, forumId: id } }]);
      }
    });

    it('rejects any other forum id', () => {
      for (const id of ['Vast', 'väst', 'vast-', '-vast', 'vast--norr', 'vast norr', 'vast_norr', '']) {
        whenEstablish({ forumId: id }).thenThrows('INVALID_FORUM_ID');
      }
    });

    it.each(['name', 'region'] as const)('rejects a blank %s, naming the field', (field) => {
      whenEstablish({ [field]: '  ' }).thenThrows('INVALID_TEXT', { field });
      whenEstablish({ [field]: '' }).thenThrows('INVALID_TEXT', { field });
    });

    it('rejects a name longer than 200 characters', () => {
      whenEstablish({ name: 'F'.repeat(201) }).thenThrows('INVALID_TEXT');
    });

    it('rejects every other command as not found', () => {
      for (const command of otherCommands) spec.given([]).when(command).thenThrows('FORUM_NOT_FOUND');
    });
  });

  describe('when it is established', () => {
    it('rejects establishing it again', () => {
      spec.given([established]).when(establishForum).thenThrows('FORUM_ALREADY_ESTABLISHED');
    });

    it('changes its capacity, recording the previous one', () => {
      spec
        .given([established])
        .when(changeCapacity(30))
        .then([{ type: 'ForumCapacityChanged', data: { forumId, capacity: 30, previous: 25 } }]);
    });

    it('treats the capacity it has as done', () => {
      spec.given([established]).when(changeCapacity(25)).thenNothingHappened();
    });

    it('rejects a new capacity outside 1 to 200 seats', () => {
      for (const capacity of [0, 201, 24.5])
        spec.given([established]).when(changeCapacity(capacity)).thenThrows('INVALID_CAPACITY');
    });

    it('rejects a capacity below its members, naming both', () => {
      spec
        .given(withMembers)
        .when(changeCapacity(1))
        .thenThrows('CAPACITY_BELOW_MEMBERS', { details: { members: 2, capacity: 1 } });
    });

    it('lets the capacity come down to its members', () => {
      spec
        .given(withMembers)
        .when(changeCapacity(2))
        .then([{ type: 'ForumCapacityChanged', data: { forumId, capacity: 2, previous: 25 } }]);
    });

    it('counts only current members: a resigned employer frees its seat', () => {
      const afterResignation = [...withMembers, resigned(homeCare.organisationNumber)];
      spec
        .given(afterResignation)
        .when(changeCapacity(1))
        .then([{ type: 'ForumCapacityChanged', data: { forumId, capacity: 1, previous: 25 } }]);
    });

    it('compares a later change with the changed capacity', () => {
      const changed = [established, ...forumDecider.decide(changeCapacity(30), fold(forumDecider, [established]))];
      const whenChangeCapacity = spec.given(changed).whenEach(changeCapacity);
      whenChangeCapacity(30).thenNothingHappened();
      whenChangeCapacity(20).then([{ type: 'ForumCapacityChanged', data: { forumId, capacity: 20, previous: 30 } }]);
    });
  });
});

describe('Forum state', () => {
  it('holds its members by organisation number, with their representatives', () => {
    expect(fold(forumDecider, withMembers)).toEqual({
      status: 'ESTABLISHED',
      forumId,
      name: 'Forum Väst',
      region: 'Västra Götaland',
      capacity: 25,
      establishedOn: '2024-09-02',
      members: {
        [municipality.organisationNumber]: {
          employer: municipality,
          joinedOn: '2024-10-01',
          representatives: { [PERSON.hrLead]: 'HR', [PERSON.manager]: 'MANAGER' },
        },
        [homeCare.organisationNumber]: { employer: homeCare, joinedOn: '2024-10-01', representatives: {} },
      },
    });
  });

  it('forgets a resigned member and its representatives, and a removed representative', () => {
    const events = [
      ...withMembers,
      { type: 'RepresentativeRemoved' as const, data: { forumId, organisationNumber, personId: PERSON.hrLead } },
      resigned(homeCare.organisationNumber),
    ];
    const state = fold(forumDecider, events);
    expect(state.status === 'ESTABLISHED' && state.members).toEqual({
      [municipality.organisationNumber]: {
        employer: municipality,
        joinedOn: '2024-10-01',
        representatives: { [PERSON.manager]: 'MANAGER' },
      },
    });
  });

  it('ignores a representative of an employer that is not a member', () => {
    const state = fold(forumDecider, [established, admitted(homeCare), representativeAdded(PERSON.other)]);
    expect(state.status === 'ESTABLISHED' && Object.keys(state.members)).toEqual([homeCare.organisationNumber]);
  });

  it('names the stream with the forum category', () => {
    expect(forumStream('vast')).toBe('forum-vast');
  });
});
