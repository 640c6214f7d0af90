import { Injectable } from '@nestjs/common';
import { CommandPipeline, EventMetadata, eventIdFor, ProcessManager, ProjectedEvent } from '@samverkan/core';
import { eligibilityEndpoint } from '../application/eligibility.endpoint';
import { InspectionEvent, stockholmDate } from '../domain';

/** Commands a process manager sends are recorded as done by it, not by a person. */
export const ELIGIBILITY_ACTOR = { id: 'process:principal-eligibility', organisation: 'AV', role: 'SYSTEM' };

/**
 * When a workplace inspection records system deficiencies, the principal becomes eligible for a
 * principal-level inspection in that campaign. Driven by its own durable subscription; the
 * command id derives from the event id, so a second delivery appends nothing.
 */
@Injectable()
export class PrincipalEligibilityProcess implements ProcessManager {
  readonly name = 'supervision.principal-eligibility';
  readonly categories = ['inspection'];

  constructor(private readonly pipeline: CommandPipeline) {}

  async handle(event: ProjectedEvent): Promise<void> {
    if (event.type !== 'FindingsRecorded') return;
    const findings = event.data as InspectionEvent<'FindingsRecorded'>['data'];
    if (findings.level !== 'WORKPLACE' || !findings.systemDeficiencies) return;
    const metadata = event.metadata as Partial<EventMetadata>;
    const commandId = eventIdFor(`${this.name}:${event.id}`, 0);
    const data = {
      campaignId: findings.campaignId,
      organisationNumber: findings.principalOrganisationNumber,
      basedOnInspectionId: findings.inspectionId,
      markedOn: stockholmDate(event.recordedAt),
    };
    const sender = {
      actor: ELIGIBILITY_ACTOR,
      correlationId: metadata.$correlationId ?? commandId,
      causationId: event.id,
      forums: [],
    };
    await this.pipeline.send(eligibilityEndpoint, { type: 'MarkPrincipalEligible', data }, sender, { commandId });
  }
}
