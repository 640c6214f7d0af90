import {
  CORE_RULES,
  decideByType,
  existingIn,
  has,
  isOrganisationNumber,
  oneOf,
  pastOrToday,
  requiredReason,
  requiredText,
} from '@samverkan/core/domain';
import { ForumCommand } from './forum.commands';
import { ForumEvent } from './forum.events';
import { EstablishedForum, ForumMember, ForumState, memberCount } from './forum.state';
import { FORUM_CAPACITY_RANGE, isForumId, isSniCode } from './forums.guards';
import { EMPLOYER_SIZES, MemberEmployer, REPRESENTATIVE_ROLES, SECTORS } from './forums.model';
import { FORUMS_RULES } from './forums.rules';

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// Each command is checked in the same order: does the forum exist, does the member (or
// representative) it names exist, then the command's own content.

export const decideForum = decideByType<ForumCommand, ForumState, ForumEvent>('forum', {
  EstablishForum: establish,
  ChangeForumCapacity: changeCapacity,
  AdmitMember: admit,
  ResignMember: resign,
  AddRepresentative: addRepresentative,
  RemoveRepresentative: removeRepresentative,
});

function establish(command: ForumCommand<'EstablishForum'>, state: ForumState): ForumEvent[] {
  const { forumId } = command.data;
  if (state.status !== 'NONE') {
    throw FORUMS_RULES.violation('FORUM_ALREADY_ESTABLISHED', `Forum ${forumId} is already established`, { forumId });
  }
  if (!isForumId(forumId)) {
    throw FORUMS_RULES.violation('INVALID_FORUM_ID', 'A forum id is lower-case letters and digits joined by dashes', {
      forumId: forumId ?? null,
    });
  }
  const name = requiredText(command.data.name, 'name', { details: { forumId } });
  const region = requiredText(command.data.region, 'region', { details: { forumId } });
  const capacity = validCapacity(command.data.capacity, forumId);
  const establishedOn = pastOrToday(command.data.establishedOn, 'establishedOn', command.metadata.now, { forumId });
  return [{ type: 'ForumEstablished', data: { forumId, name, region, capacity, establishedOn } }];
}

function changeCapacity(command: ForumCommand<'ChangeForumCapacity'>, state: ForumState): ForumEvent[] {
  const forum = existingForum(state, command.data.forumId);
  const { forumId } = forum;
  const capacity = validCapacity(command.data.capacity, forumId);
  if (capacity === forum.capacity) return [];
  const members = memberCount(forum);
  if (capacity < members) {
    throw FORUMS_RULES.violation('CAPACITY_BELOW_MEMBERS', `Forum ${forumId} has ${members} members`, {
      forumId,
      members,
      capacity,
    });
  }
  return [{ type: 'ForumCapacityChanged', data: { forumId, capacity, previous: forum.capacity } }];
}

function admit(command: ForumCommand<'AdmitMember'>, state: ForumState): ForumEvent[] {
  const forum = existingForum(state, command.data.forumId);
  const { forumId } = forum;
  const organisationNumber = command.data.employer?.organisationNumber?.trim() ?? '';
  if (!isOrganisationNumber(organisationNumber)) {
    throw CORE_RULES.violation('INVALID_ORGANISATION_NUMBER', 'An organisation number is written NNNNNN-NNNN', {
      forumId,
      organisationNumber: command.data.employer?.organisationNumber ?? null,
    });
  }
  if (has(forum.members, organisationNumber)) {
    throw FORUMS_RULES.violation('ALREADY_A_MEMBER', `${organisationNumber} is already a member of forum ${forumId}`, {
      forumId,
      organisationNumber,
    });
  }
  if (memberCount(forum) >= forum.capacity) {
    throw FORUMS_RULES.violation('FORUM_AT_CAPACITY', `Forum ${forumId} has all its ${forum.capacity} seats taken`, {
      forumId,
      capacity: forum.capacity,
    });
  }
  const employer = validEmployer(command.data.employer, organisationNumber, forumId);
  const joinedOn = pastOrToday(command.data.joinedOn, 'joinedOn', command.metadata.now, { forumId });
  return [{ type: 'MemberAdmitted', data: { forumId, employer, joinedOn } }];
}

function resign(command: ForumCommand<'ResignMember'>, state: ForumState): ForumEvent[] {
  const forum = existingForum(state, command.data.forumId);
  const { forumId } = forum;
  const { organisationNumber, member } = existingMember(forum, command.data.organisationNumber);
  const reason = requiredReason(command.reason, { forumId, organisationNumber });
  const leftOn = pastOrToday(command.data.leftOn, 'leftOn', command.metadata.now, { forumId, organisationNumber });
  const representativeIds = Object.keys(member.representatives);
  return [{ type: 'MemberResigned', data: { forumId, organisationNumber, leftOn, reason, representativeIds } }];
}

function addRepresentative(command: ForumCommand<'AddRepresentative'>, state: ForumState): ForumEvent[] {
  const forum = existingForum(state, command.data.forumId);
  const { forumId } = forum;
  const { organisationNumber } = existingMember(forum, command.data.organisationNumber);
  const personId = requiredText(command.data.personId, 'personId', { details: { forumId, organisationNumber } });
  const representing = Object.keys(forum.members).find((number) =>
    has(forum.members[number].representatives, personId),
  );
  if (representing !== undefined) {
    throw FORUMS_RULES.violation(
      'REPRESENTATIVE_ALREADY_ADDED',
      `Person ${personId} already represents ${representing} in forum ${forumId}`,
      { forumId, organisationNumber, personId, representing },
    );
  }
  const role = oneOf(command.data.role, REPRESENTATIVE_ROLES, 'role');
  return [{ type: 'RepresentativeAdded', data: { forumId, organisationNumber, personId, role } }];
}

function removeRepresentative(command: ForumCommand<'RemoveRepresentative'>, state: ForumState): ForumEvent[] {
  const forum = existingForum(state, command.data.forumId);
  const { forumId } = forum;
  const { organisationNumber, member } = existingMember(forum, command.data.organisationNumber);
  const personId = command.data.personId?.trim() ?? '';
  if (!has(member.representatives, personId)) {
    throw FORUMS_RULES.violation(
      'REPRESENTATIVE_NOT_FOUND',
      `Person ${personId} does not represent ${organisationNumber} in forum ${forumId}`,
      { forumId, organisationNumber, personId },
    );
  }
  return [{ type: 'RepresentativeRemoved', data: { forumId, organisationNumber, personId } }];
}

// ── guards ──────────────────────────────────────────────────────────────────────────────────

const existingForum = existingIn<EstablishedForum>('Forum');

function existingMember(
  forum: EstablishedForum,
  given: string | undefined,
): { organisationNumber: string; member: ForumMember } {
  const organisationNumber = given?.trim() ?? '';
  if (!has(forum.members, organisationNumber)) {
    throw FORUMS_RULES.violation('NOT_A_MEMBER', `${organisationNumber} is not a member of forum ${forum.forumId}`, {
      forumId: forum.forumId,
      organisationNumber,
    });
  }
  return { organisationNumber, member: forum.members[organisationNumber] };
}

function validCapacity(capacity: number, forumId: string): number {
  const { min, max } = FORUM_CAPACITY_RANGE;
  if (!Number.isInteger(capacity) || capacity < min || capacity > max) {
    throw FORUMS_RULES.violation('INVALID_CAPACITY', `A forum has between ${min} and ${max} seats`, {
      forumId,
      capacity: capacity ?? null,
      min,
      max,
    });
  }
  return capacity;
}

function validEmployer(employer: MemberEmployer, organisationNumber: string, forumId: string): MemberEmployer {
  const details = { forumId, organisationNumber };
  const name = requiredText(employer.name, 'employer.name', { details });
  const sector = oneOf(employer.sector, SECTORS, 'employer.sector');
  const industry = employer.industry?.trim() ?? '';
  if (!isSniCode(industry)) {
    throw FORUMS_RULES.violation('INVALID_SNI_CODE', 'An SNI code is written NN or NN.N to NN.NNN', {
      ...details,
      industry: employer.industry ?? null,
    });
  }
  const size = oneOf(employer.size, EMPLOYER_SIZES, 'employer.size');
  return { organisationNumber, name, sector, industry, size };
}
