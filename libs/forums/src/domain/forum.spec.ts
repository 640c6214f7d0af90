import { fold } from '@samverkan/core/domain';
import { forumDecider, forumStream } from './forum';
import { ForumCommand } from './forum.commands';
import { ForumEvent } from './forum.events';
import { MemberEmployer, RepresentativeRole } from './forums.model';
import {
  admitMember,
  admitted,
  commandOf,
  established,
  establishedWith,
  establishForum,
  establishForumWith as establish,
  FORUM_ID as forumId,
  forumSpec as spec,
  homeCare,
  metadata,
  municipality,
  PERSON,
  primaryCare,
  representativeAdded,
  resigned,
  TODAY,
  TOMORROW,
  withMembers,
} from './testing/forums.fixtures';

const changeCapacity = (capacity: number): ForumCommand<'ChangeForumCapacity'> =>
  commandOf('ChangeForumCapacity', { forumId, capacity }, 'Styrgruppens beslut 2025-03-12');

const employer = (change: Partial<MemberEmployer>): MemberEmployer => ({ ...primaryCare, ...change });
const resign = (
  organisationNumber = municipality.organisationNumber,
  reason?: string,
  leftOn = TODAY,
): ForumCommand<'ResignMember'> => ({
  type: 'ResignMember',
  data: { forumId, organisationNumber, leftOn },
  metadata,
  ...(reason !== undefined ? { reason } : {}),
});
const addRepresentative = (
  personId: string,
  organisationNumber = homeCare.organisationNumber,
  role: RepresentativeRole = 'MANAGER',
): ForumCommand<'AddRepresentative'> => commandOf('AddRepresentative', { forumId, organisationNumber, personId, role });
const removedRepresentative = (personId: string): ForumEvent => ({
  type: 'RepresentativeRemoved',
  data: { forumId, organisationNumber: municipality.organisationNumber, personId },
});
const removeRepresentative = (personId: string, organisationNumber = municipality.organisationNumber): ForumCommand =>
  commandOf('RemoveRepresentative', { forumId, organisationNumber, personId });

const otherCommands: ForumCommand[] = [
  changeCapacity(30),
  admitMember(),
  resign(municipality.organisationNumber, 'Flytt'),
  addRepresentative('p', municipality.organisationNumber, 'HR'),
  removeRepresentative('p'),
];

/** Forum with room for two, both seats taken. */
const full: ForumEvent[] = [establishedWith(2), admitted(municipality), admitted(homeCare)];

describe('Forum', () => {
  describe('when it does not exist', () => {
    it.each([
      ['as sent', establishForum],
      ['with its name and region trimmed', establish({ name: ' Forum Väst ', region: '\nVästra Götaland ' })],
    ])('is established in a region with its capacity, %s', (_, command) => {
      spec.given([]).when(command).then([established]);
    });

    const whenEstablish = spec.given([]).whenEach(establish);

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

describe('Forum members', () => {
  describe('admitting an employer', () => {
    const whenAdmitMember = spec.given([established]).whenEach(admitMember);

    it('records the employer and the day it joined', () => {
      whenAdmitMember(primaryCare, TODAY).then([admitted(primaryCare, TODAY)]);
    });

    it('trims what it records', () => {
      const padded = employer({
        organisationNumber: ` ${primaryCare.organisationNumber} `,
        name: ` ${primaryCare.name}`,
        industry: '86.211 ',
      });
      whenAdmitMember(padded).then([admitted(primaryCare)]);
    });

    it('rejects an employer that is already a member', () => {
      spec.given(withMembers).when(admitMember(municipality)).thenThrows('ALREADY_A_MEMBER');
    });

    it('rejects an employer when every seat is taken, naming the capacity', () => {
      spec
        .given(full)
        .when(admitMember(primaryCare))
        .thenThrows('FORUM_AT_CAPACITY', { details: { capacity: 2 } });
    });

    it('admits again once the capacity is raised', () => {
      const raised: ForumEvent = { type: 'ForumCapacityChanged', data: { forumId, capacity: 3, previous: 2 } };
      spec
        .given([...full, raised])
        .when(admitMember(primaryCare))
        .then([admitted(primaryCare)]);
    });

    it('admits again once a member has resigned', () => {
      spec
        .given([...full, resigned(homeCare.organisationNumber)])
        .when(admitMember(primaryCare))
        .then([admitted(primaryCare)]);
    });

    it('admits an employer that resigned earlier', () => {
      const rejoined = admitted(municipality, TODAY);
      spec
        .given([...withMembers, resigned(municipality.organisationNumber)])
        .when(admitMember(municipality, TODAY))
        .then([rejoined]);
    });

    it('rejects an organisation number not in the normalised form NNNNNN-NNNN', () => {
      for (const organisationNumber of [
        '5566778899',
        '556677-889',
        '16556677-8899',
        '556677 8899',
        'constructor',
        '',
      ]) {
        whenAdmitMember(employer({ organisationNumber })).thenThrows('INVALID_ORGANISATION_NUMBER');
      }
    });

    it('accepts an SNI code of a division, group, class or detailed group', () => {
      for (const industry of ['86', '86.1', '86.211']) {
        whenAdmitMember(employer({ industry })).then([admitted(employer({ industry }))]);
      }
    });

    it('rejects an industry that is not shaped like an SNI code', () => {
      for (const industry of ['8', '86.2111', '86-211', 'Q86', '']) {
        whenAdmitMember(employer({ industry })).thenThrows('INVALID_SNI_CODE');
      }
    });

    it('rejects a blank employer name', () => {
      whenAdmitMember(employer({ name: ' ' })).thenThrows('INVALID_TEXT');
    });

    it('rejects a sector or size outside the lists', () => {
      whenAdmitMember(employer({ sector: 'NGO' as never })).thenThrows('INVALID_CHOICE');
      whenAdmitMember(employer({ size: 'FROM_10' as never })).thenThrows('INVALID_CHOICE');
    });

    it('rejects a joining date after today', () => {
      whenAdmitMember(primaryCare, TOMORROW).thenThrows('DATE_IN_FUTURE');
    });
  });

  describe('a member resigning', () => {
    const whenResign = spec.given(withMembers).whenEach(resign);

    it('leaves with its reason and its representatives', () => {
      whenResign(municipality.organisationNumber, ' Omorganisation ').then([
        {
          type: 'MemberResigned',
          data: {
            forumId,
            organisationNumber: municipality.organisationNumber,
            leftOn: TODAY,
            reason: 'Omorganisation',
            representativeIds: [PERSON.hrLead, PERSON.manager],
          },
        },
      ]);
    });

    it('leaves alone when no one represents it', () => {
      const [event] = forumDecider.decide(
        resign(homeCare.organisationNumber, 'Flytt'),
        fold(forumDecider, withMembers),
      );
      expect(event).toMatchObject({ type: 'MemberResigned', data: { representativeIds: [] } });
    });

    it('rejects an employer that is not a member', () => {
      whenResign(primaryCare.organisationNumber, 'Flytt').thenThrows('NOT_A_MEMBER');
    });

    it('rejects resigning twice', () => {
      const left = [...withMembers, resigned(homeCare.organisationNumber)];
      spec.given(left).when(resign(homeCare.organisationNumber, 'Flytt')).thenThrows('NOT_A_MEMBER');
    });

    it('rejects a missing or blank reason', () => {
      for (const reason of [undefined, '', '  ']) {
        whenResign(municipality.organisationNumber, reason).thenThrows('REASON_REQUIRED');
      }
    });

    it('rejects a leaving date after today', () => {
      whenResign(municipality.organisationNumber, 'Flytt', TOMORROW).thenThrows('DATE_IN_FUTURE');
    });
  });

  describe('representatives', () => {
    const whenAddRepresentative = spec.given(withMembers).whenEach(addRepresentative);

    it('adds a manager or HR person to a member', () => {
      whenAddRepresentative(` ${PERSON.other} `).then([
        representativeAdded(PERSON.other, 'MANAGER', homeCare.organisationNumber),
      ]);
    });

    it('rejects a person who already represents the member', () => {
      const again = addRepresentative(PERSON.hrLead, municipality.organisationNumber);
      spec.given(withMembers).when(again).thenThrows('REPRESENTATIVE_ALREADY_ADDED');
    });

    it('rejects a person who represents another member, naming it', () => {
      whenAddRepresentative(PERSON.hrLead).thenThrows('REPRESENTATIVE_ALREADY_ADDED', {
        details: { representing: municipality.organisationNumber },
      });
    });

    it('lets a person represent another member once they no longer represent the first', () => {
      const removed = removedRepresentative(PERSON.hrLead);
      const forHomeCare = (personId: string) => representativeAdded(personId, 'MANAGER', homeCare.organisationNumber);
      spec
        .given([...withMembers, removed])
        .when(addRepresentative(PERSON.hrLead))
        .then([forHomeCare(PERSON.hrLead)]);
      const left = resigned(municipality.organisationNumber, [PERSON.hrLead, PERSON.manager]);
      spec
        .given([...withMembers, left])
        .when(addRepresentative(PERSON.manager))
        .then([forHomeCare(PERSON.manager)]);
    });

    it('rejects a representative of an employer that is not a member', () => {
      whenAddRepresentative(PERSON.other, primaryCare.organisationNumber).thenThrows('NOT_A_MEMBER');
    });

    it('rejects a blank person id and an unknown role', () => {
      whenAddRepresentative('  ').thenThrows('INVALID_TEXT');
      const unknownRole = addRepresentative(PERSON.other, homeCare.organisationNumber, 'CEO' as never);
      spec.given(withMembers).when(unknownRole).thenThrows('INVALID_CHOICE');
    });

    const whenRemoveRepresentative = spec.given(withMembers).whenEach(removeRepresentative);

    it('removes a representative, named as sent or padded', () => {
      whenRemoveRepresentative(PERSON.manager).then([removedRepresentative(PERSON.manager)]);
      whenRemoveRepresentative(` ${PERSON.manager}\n`).then([removedRepresentative(PERSON.manager)]);
    });

    it('rejects removing a person who does not represent that member', () => {
      whenRemoveRepresentative(PERSON.other).thenThrows('REPRESENTATIVE_NOT_FOUND');
      whenRemoveRepresentative(PERSON.hrLead, homeCare.organisationNumber).thenThrows('REPRESENTATIVE_NOT_FOUND');
      whenRemoveRepresentative('constructor').thenThrows('REPRESENTATIVE_NOT_FOUND');
    });

    it('rejects removing a representative of an employer that is not a member', () => {
      whenRemoveRepresentative(PERSON.hrLead, primaryCare.organisationNumber).thenThrows('NOT_A_MEMBER');
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
    const events = [...withMembers, removedRepresentative(PERSON.hrLead), resigned(homeCare.organisationNumber)];
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
