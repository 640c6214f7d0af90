import {
  assertConfiguredRegion,
  commandEndpoint,
  normalisedOrganisationNumber,
  normalisedSniCode,
  PlainRequest,
  plainCommand,
  Prepared,
} from '@samverkan/core';
import {
  AddRepresentative,
  AdmitMember,
  ChangeForumCapacity,
  DEFAULT_FORUM_CAPACITY,
  EstablishForum,
  ForumCommand,
  forumDecider,
  forumStream,
  RemoveRepresentative,
  ResignMember,
} from '../domain';
import { assertMayActOn } from './forum-access';
import { dayOr, namedPerson, RequestLeaving } from './forums.requests';

/** A representative as the coordinator names them: the name and e-mail go to the person directory only. */
export type AddRepresentativeRequest = Omit<AddRepresentative, 'metadata' | 'data'> & {
  data: Omit<AddRepresentative['data'], 'personId'> & { name: string; email?: string | null };
};

/** Identifiers as typed (with or without the dash); the endpoint normalises them. Days left out are today. */
export type ForumRequest =
  | RequestLeaving<EstablishForum, 'capacity' | 'establishedOn'>
  | PlainRequest<ChangeForumCapacity>
  | RequestLeaving<AdmitMember, 'joinedOn'>
  | RequestLeaving<ResignMember, 'leftOn'>
  | AddRepresentativeRequest
  | PlainRequest<RemoveRepresentative>;

/**
 * A forum's way in: founding, capacity, members and their representatives. Only the steering group
 * or a coordinator of the forum (by the token's forums claim) acts on it; a region must be one of
 * the configured ones. A representative gets a person id derived from the command id.
 */
export const forumEndpoint = commandEndpoint({
  name: 'forum',
  decider: forumDecider,
  streamOf: (command: ForumCommand) => forumStream(command.data.forumId),
  prepare(request: ForumRequest, tools): Prepared<ForumCommand> {
    assertMayActOn(tools.sender, request.data.forumId);
    const { metadata } = tools;
    switch (request.type) {
      case 'EstablishForum': {
        assertConfiguredRegion(tools, request.data.region);
        const { capacity, establishedOn } = request.data;
        const data = {
          ...request.data,
          capacity: capacity ?? DEFAULT_FORUM_CAPACITY,
          establishedOn: dayOr(establishedOn, tools),
        };
        return { command: { ...request, data, metadata } };
      }
      case 'AdmitMember': {
        const { employer, joinedOn } = request.data;
        const organisationNumber = normalisedOrganisationNumber(employer.organisationNumber);
        const normalised = { ...employer, organisationNumber, industry: normalisedSniCode(employer.industry) };
        return {
          command: {
            ...request,
            data: { ...request.data, employer: normalised, joinedOn: dayOr(joinedOn, tools) },
            metadata,
          },
        };
      }
      case 'ResignMember': {
        const { organisationNumber, leftOn } = request.data;
        const data = {
          ...request.data,
          organisationNumber: normalisedOrganisationNumber(organisationNumber),
          leftOn: dayOr(leftOn, tools),
        };
        return { command: { ...request, data, metadata } };
      }
      case 'AddRepresentative': {
        const { name, email, ...data } = request.data;
        const organisationNumber = normalisedOrganisationNumber(data.organisationNumber);
        const person = namedPerson(tools.commandId, 'representative', {
          name,
          email: email ?? null,
          organisation: organisationNumber,
        });
        return {
          command: { ...request, data: { ...data, organisationNumber, personId: person.id }, metadata },
          people: [person],
        };
      }
      case 'RemoveRepresentative': {
        const data = {
          ...request.data,
          organisationNumber: normalisedOrganisationNumber(request.data.organisationNumber),
        };
        return { command: { ...request, data, metadata } };
      }
      default:
        return { command: plainCommand<ForumCommand>(request, tools) };
    }
  },
});
