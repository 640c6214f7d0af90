import { Args } from '@nestjs/graphql';
import { CommandMutation, CommandResolver, ContentQuery, Role } from '@samverkan/auth';
import { CommandResolverOf, decisionOf, fieldsOf, givenFieldsOf, requestOf } from '@samverkan/core';
import { GetInspectionsQuery, inspectionEndpoint, InspectionRequest } from '../application';
import { InspectionDoc } from '../read-model/supervision.documents';
import { Versioned } from '../read-model/supervision.queries';
import {
  CarryOverInspectionInput,
  CloseInspectionInput,
  IssueInspectionRequirementInput,
  RecordFkParticipationInput,
  RecordInspectionFindingsInput,
  RecordInspectionFollowUpInput,
  RecordInspectionInput,
} from './supervision.inputs';
import { toInspectionType } from './supervision.mapping';
import { InspectionPayload, InspectionType } from './supervision.types';

/** FK records its own participation; the rest of an inspection is AV's. */
export const FK_ROLES = [Role.COLLABORATION_OFFICER, Role.FK_CASEWORKER];

@CommandResolver(() => InspectionPayload, [Role.AV_INSPECTOR])
export class InspectionResolver extends CommandResolverOf(inspectionEndpoint) {
  @ContentQuery(() => InspectionType, 'inspection')
  async inspection(@Args('id') id: string): Promise<InspectionType> {
    return toInspectionType(await this.inspectionDoc(id), this.persons);
  }

  @CommandMutation('Records an inspection carried out in a campaign (AV).')
  recordInspection(input: RecordInspectionInput): InspectionRequest {
    const data = {
      ...fieldsOf(input, 'campaignId', 'level'),
      principal: { organisationNumber: input.principal.organisationNumber, name: input.principal.name },
      ...givenFieldsOf(input, 'workplace'),
      ...fieldsOf(input, 'sector', 'region', 'inspectedOn', 'otherInspectors'),
      ...givenFieldsOf(input, 'basedOnInspectionId'),
    };
    return { type: 'RecordInspection', data };
  }

  @CommandMutation({
    description: 'FK staff record that they took part and what they informed about.',
    roles: FK_ROLES,
  })
  recordFkParticipation(input: RecordFkParticipationInput): InspectionRequest {
    return requestOf('RecordFkParticipation', input, 'inspectionId', 'otherParticipants', 'informedAbout');
  }

  @CommandMutation()
  recordInspectionFindings(input: RecordInspectionFindingsInput): InspectionRequest {
    return {
      type: 'RecordFindings',
      data: { inspectionId: input.inspectionId, findings: input.findings.map((f) => ({ ...f })) },
    };
  }

  @CommandMutation('A requirement (krav) issued to the employer, with a due date.')
  issueInspectionRequirement(input: IssueInspectionRequirementInput): InspectionRequest {
    return requestOf('IssueRequirement', input, 'inspectionId', 'description', 'dueDate', 'issuedOn');
  }

  @CommandMutation()
  recordInspectionFollowUp(input: RecordInspectionFollowUpInput): InspectionRequest {
    return requestOf('RecordFollowUp', input, 'inspectionId', 'followedUpOn', 'note', 'requirementsMet');
  }

  @CommandMutation('Closes the inspection; at principal level only once FK’s participation is recorded.')
  closeInspection(input: CloseInspectionInput): InspectionRequest {
    return requestOf('CloseInspection', input, 'inspectionId', 'closedOn');
  }

  @CommandMutation('An open inspection goes on after its campaign: a decision, with the reason.')
  carryOverInspection(input: CarryOverInspectionInput): InspectionRequest {
    return decisionOf('CarryOverInspection', input, 'inspectionId');
  }

  protected async shown(id: string): Promise<Pick<InspectionPayload, 'inspection'>> {
    return { inspection: toInspectionType(await this.inspectionDoc(id), this.persons) };
  }

  private async inspectionDoc(id: string): Promise<Versioned<InspectionDoc>> {
    return this.found(GetInspectionsQuery, 'Inspection', id);
  }
}
