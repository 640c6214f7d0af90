import {
  assertConfiguredRegion,
  commandEndpoint,
  DatedRequest,
  normalisedOrganisationNumber,
  normalisedSniCode,
  onTheDay,
  PlainRequest,
  RequestWith,
  steps,
} from '@samverkan/core';
import { DEFAULT_FORUM_CAPACITY, ForumCommand, forumDecider, forumStream } from '../domain';
import { assertMayActOn } from './forum-access';
import { namedPerson, RequestLeaving } from './forums.requests';

/** A representative as the coordinator names them: the name and e-mail go to the person directory only. */
export type AddRepresentativeRequest = RequestWith<
  ForumCommand<'AddRepresentative'>,
  Omit<ForumCommand<'AddRepresentative'>['data'], 'personId'> & { name: string; email?: string | null }
>;

/** Identifiers as typed (with or without the dash); the endpoint normalises them. Days left out are today. */
export type ForumRequest =
  | RequestLeaving<ForumCommand<'EstablishForum'>, 'capacity' | 'establishedOn'>
  | PlainRequest<ForumCommand<'ChangeForumCapacity'>>
  | DatedRequest<ForumCommand<'AdmitMember'>, 'joinedOn'>
  | DatedRequest<ForumCommand<'ResignMember'>, 'leftOn'>
  | AddRepresentativeRequest
  | PlainRequest<ForumCommand<'RemoveRepresentative'>>;

const forumSteps = steps.byType<ForumRequest, ForumCommand>({
  EstablishForum(request, tools) {
    assertConfiguredRegion(tools, request.data.region);
    const data = { ...request.data, capacity: request.data.capacity ?? DEFAULT_FORUM_CAPACITY };
    return { command: onTheDay(steps.command(request, data, tools), 'establishedOn', tools) };
  },
  ChangeForumCapacity: steps.plain,
  AdmitMember(request, tools) {
    const { employer } = request.data;
    const organisationNumber = normalisedOrganisationNumber(employer.organisationNumber);
    const normalised = { ...employer, organisationNumber, industry: normalisedSniCode(employer.industry) };
    return {
      command: onTheDay(steps.command(request, { ...request.data, employer: normalised }, tools), 'joinedOn', tools),
    };
  },
  ResignMember(request, tools) {
    const data = { ...request.data, organisationNumber: normalisedOrganisationNumber(request.data.organisationNumber) };
    return { command: onTheDay(steps.command(request, data, tools), 'leftOn', tools) };
  },
  AddRepresentative(request, tools) {
    const { name, email, ...data } = request.data;
    const organisationNumber = normalisedOrganisationNumber(data.organisationNumber);
    const person = namedPerson(tools.commandId, 'representative', {
      name,
      email: email ?? null,
      organisation: organisationNumber,
    });
    return {
      command: steps.command(request, { ...data, organisationNumber, personId: person.id }, tools),
      people: [person],
    };
  },
  RemoveRepresentative(request, tools) {
    const data = { ...request.data, organisationNumber: normalisedOrganisationNumber(request.data.organisationNumber) };
    return { command: steps.command(request, data, tools) };
  },
});

/**
 * A forum's way in: founding, capacity, members and their representatives. Only the steering group
 * or a coordinator of the forum (by the token's forums claim) acts on it; a region must be one of
 * the configured ones. A representative gets a person id derived from the command id.
 */
export const forumEndpoint = commandEndpoint({
  name: 'forum',
  decider: forumDecider,
  streamOf: (command: ForumCommand) => forumStream(command.data.forumId),
  prepare(request: ForumRequest, tools) {
    assertMayActOn(tools.sender, request.data.forumId);
    return forumSteps(request, tools);
  },
});
