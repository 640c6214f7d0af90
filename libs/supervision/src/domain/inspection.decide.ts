import {
  calendarDate,
  decideByType,
  notBefore,
  NotFoundError,
  pastOrToday,
  requiredId,
  requiredReason,
  requiredText,
} from '@samverkan/core/domain';
import { InspectionCommand } from './inspection.commands';
import { InspectionEvent } from './inspection.events';
import { recordInspection } from './inspection.record';
import { ExistingInspection, InspectionState } from './inspection.state';
import { personIds, SUPERVISION_TEXT_LIMITS } from './supervision.guards';
import { Finding } from './supervision.model';
import { SUPERVISION_RULES } from './supervision.rules';

const { long } = SUPERVISION_TEXT_LIMITS;

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// Each command is checked in the same order: does the inspection exist and is it still going on,
// then the command's own content. A closed inspection takes no further command; a carried-over one
// goes on after its campaign (follow-ups, requirements, closing) but cannot be carried over again.

export const decideInspection = decideByType<InspectionCommand, InspectionState, InspectionEvent>('inspection', {
  RecordInspection: recordInspection,
  RecordFkParticipation: recordFkParticipation,
  RecordFindings: recordFindings,
  IssueRequirement: issueRequirement,
  RecordFollowUp: recordFollowUp,
  CloseInspection: close,
  CarryOverInspection: carryOver,
});

/** FK may join at either level; people already recorded are not recorded again. */
function recordFkParticipation(
  command: InspectionCommand<'RecordFkParticipation'>,
  state: InspectionState,
): InspectionEvent[] {
  const inspection = continuingInspection(state, command.data.inspectionId);
  const { inspectionId, campaignId } = inspection;
  const details = { inspectionId };
  const ids = personIds(command.data.participantIds, 'participantIds', 'PARTICIPANTS_REQUIRED', details);
  const informedAbout = requiredText(command.data.informedAbout, 'informedAbout', { max: long, details });
  const participantIds = ids.filter((id) => !inspection.fkParticipantIds.includes(id));
  if (participantIds.length === 0) return [];
  return [{ type: 'FkParticipationRecorded', data: { inspectionId, campaignId, participantIds, informedAbout } }];
}

function recordFindings(command: InspectionCommand<'RecordFindings'>, state: InspectionState): InspectionEvent[] {
  const inspection = continuingInspection(state, command.data.inspectionId);
  const { inspectionId, campaignId, level } = inspection;
  const given = command.data.findings;
  if (!Array.isArray(given) || given.length === 0) {
    throw SUPERVISION_RULES.violation('FINDINGS_REQUIRED', 'Findings are recorded one or more at a time', {
      inspectionId,
    });
  }
  const findings = given.map((finding, index) => validFinding(finding, index, inspectionId));
  const systemDeficiencies = findings.some((finding) => finding.systemDeficiency);
  const principalOrganisationNumber = inspection.principal.organisationNumber;
  return [
    {
      type: 'FindingsRecorded',
      data: { inspectionId, campaignId, level, principalOrganisationNumber, findings, systemDeficiencies },
    },
  ];
}

function issueRequirement(command: InspectionCommand<'IssueRequirement'>, state: InspectionState): InspectionEvent[] {
  const inspection = continuingInspection(state, command.data.inspectionId);
  const { inspectionId, campaignId } = inspection;
  const details = { inspectionId };
  const requirementId = requiredId(command.data.requirementId, 'requirementId', details);
  if (inspection.requirements.some((requirement) => requirement.requirementId === requirementId)) {
    const message = `Requirement ${requirementId} is already issued in inspection ${inspectionId}`;
    throw SUPERVISION_RULES.violation('REQUIREMENT_ALREADY_ISSUED', message, { inspectionId, requirementId });
  }
  const description = requiredText(command.data.description, 'description', { max: long, details });
  const issuedOn = onOrAfterInspection(command.data.issuedOn, 'issuedOn', command.metadata.now, inspection);
  const dueDate = notBefore(
    calendarDate(command.data.dueDate, 'dueDate', details),
    issuedOn,
    SUPERVISION_RULES.code('DUE_BEFORE_ISSUED'),
    'dueDate',
    {
      ...details,
      requirementId,
    },
  );
  return [
    { type: 'RequirementIssued', data: { inspectionId, campaignId, requirementId, description, dueDate, issuedOn } },
  ];
}

/** A follow-up's verdict covers every requirement issued before it. */
function recordFollowUp(command: InspectionCommand<'RecordFollowUp'>, state: InspectionState): InspectionEvent[] {
  const inspection = continuingInspection(state, command.data.inspectionId);
  const { inspectionId, campaignId } = inspection;
  const followedUpOn = onOrAfterInspection(command.data.followedUpOn, 'followedUpOn', command.metadata.now, inspection);
  const note = requiredText(command.data.note, 'note', { max: long, details: { inspectionId } });
  const requirementsMet = command.data.requirementsMet === true;
  return [{ type: 'FollowUpRecorded', data: { inspectionId, campaignId, followedUpOn, note, requirementsMet } }];
}

function close(command: InspectionCommand<'CloseInspection'>, state: InspectionState): InspectionEvent[] {
  const inspection = continuingInspection(state, command.data.inspectionId);
  const { inspectionId, campaignId } = inspection;
  const closedOn = onOrAfterInspection(command.data.closedOn, 'closedOn', command.metadata.now, inspection);
  if (inspection.level === 'PRINCIPAL' && inspection.fkParticipantIds.length === 0) {
    const message = `Principal-level inspection ${inspectionId} has no FK participation recorded`;
    throw SUPERVISION_RULES.violation('FK_PARTICIPATION_REQUIRED', message, { inspectionId });
  }
  const unmet = inspection.requirements.filter((requirement) => !requirement.met);
  if (unmet.length > 0) {
    const requirementIds = unmet.map((requirement) => requirement.requirementId);
    const message = `Inspection ${inspectionId} has requirements no follow-up found met`;
    throw SUPERVISION_RULES.violation('REQUIREMENTS_NOT_FOLLOWED_UP', message, { inspectionId, requirementIds });
  }
  return [{ type: 'InspectionClosed', data: { inspectionId, campaignId, closedOn } }];
}

function carryOver(command: InspectionCommand<'CarryOverInspection'>, state: InspectionState): InspectionEvent[] {
  const { inspectionId, campaignId } = openInspection(state, command.data.inspectionId);
  const reason = requiredReason(command.reason, { inspectionId });
  return [{ type: 'InspectionCarriedOver', data: { inspectionId, campaignId, reason } }];
}

// ── guards ──────────────────────────────────────────────────────────────────────────────────

/** Open, or carried over past its campaign: the work on it goes on until it is closed. */
function continuingInspection(state: InspectionState, inspectionId: string): ExistingInspection {
  if (state.status === 'CARRIED_OVER') return state;
  return openInspection(state, inspectionId);
}

function openInspection(state: InspectionState, inspectionId: string): ExistingInspection {
  if (state.status === 'NONE') throw new NotFoundError('Inspection', inspectionId);
  if (state.status !== 'OPEN') {
    const message = `Inspection ${state.inspectionId} is ${state.status.toLowerCase().replace('_', ' ')}`;
    throw SUPERVISION_RULES.violation('INSPECTION_CLOSED', message, {
      inspectionId: state.inspectionId,
      status: state.status,
    });
  }
  return state;
}

/** A real date, not after today, and not before the inspection it belongs to. */
function onOrAfterInspection(value: string, field: string, now: Date, inspection: ExistingInspection): string {
  const details = { inspectionId: inspection.inspectionId };
  return notBefore(
    pastOrToday(value, field, now, details),
    inspection.inspectedOn,
    SUPERVISION_RULES.code('BEFORE_INSPECTION'),
    field,
    details,
  );
}

function validFinding(finding: Finding | undefined, index: number, inspectionId: string): Finding {
  const area = typeof finding?.area === 'string' ? finding.area.trim() : '';
  const description = typeof finding?.description === 'string' ? finding.description.trim() : '';
  const systemDeficiency = finding?.systemDeficiency === true;
  const blank = !area ? 'area' : !description ? 'description' : undefined;
  if (blank) {
    throw SUPERVISION_RULES.violation(
      'INVALID_FINDING',
      `Finding ${index + 1} needs ${blank === 'area' ? 'an' : 'a'} ${blank}`,
      {
        inspectionId,
        index,
        field: blank,
      },
    );
  }
  const details = { inspectionId, index };
  requiredText(area, 'findings.area', { details });
  requiredText(description, 'findings.description', { max: long, details });
  return { area, description, systemDeficiency };
}
