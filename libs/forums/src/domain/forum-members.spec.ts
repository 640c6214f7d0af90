import { fold } from '@samverkan/core/domain';
import { forumDecider } from './forum';
import { ForumCommand } from './forum.commands';
import { ForumEvent } from './forum.events';
import { MemberEmployer, RepresentativeRole } from './forums.model';
import {
  admitMember,
  admitted,
  commandOf,
  established,
  establishedWith,
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

/** Forum with room for two, both seats taken. */
const full: ForumEvent[] = [establishedWith(2), admitted(municipality), admitted(homeCare)];

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

    it('removes a representative', () => {
      whenRemoveRepresentative(PERSON.manager).then([removedRepresentative(PERSON.manager)]);
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
