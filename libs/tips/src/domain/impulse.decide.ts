import {
  containsPersonalIdentityNumber,
  CORE_RULES,
  decideByType,
  existingIn,
  isSniCode,
  isValidOrganisationNumber,
  onEntity,
  pastOrToday,
} from '@samverkan/core/domain';
import { ImpulseCommand } from './impulse.commands';
import { ImpulseEvent } from './impulse.events';
import { ImpulseState, ReportedImpulse } from './impulse.state';
import { assertNotBefore, requiredText } from './tips.guards';
import { TIPS_RULES } from './tips.rules';

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// Each command is checked in the same order: does the impulse exist and is it in a status that
// allows the command, then the command's own content.

const onImpulse = onEntity(existingIn<ReportedImpulse, 'none'>('Impulse', 'none'), 'impulseId');

export const decideImpulse = decideByType<ImpulseCommand, ImpulseState, ImpulseEvent>('impulse', {
  ReportImpulse: reportImpulse,
  DismissImpulse: onImpulse(dismissImpulse),
  JoinTip: onImpulse(joinTip),
  LeaveTip: onImpulse(leaveTip),
});

function reportImpulse(command: ImpulseCommand<'ReportImpulse'>, state: ImpulseState): ImpulseEvent[] {
  const { impulseId, employer, deficiency } = command.data;
  const ids = { impulseId };
  if (state.status !== 'none') {
    throw TIPS_RULES.violation('IMPULSE_ALREADY_REPORTED', `Impulse ${impulseId} is already reported`, ids);
  }
  const organisationNumber = employer?.organisationNumber?.trim() ?? '';
  if (!isValidOrganisationNumber(organisationNumber)) {
    throw CORE_RULES.violation(
      'INVALID_ORGANISATION_NUMBER',
      'The employer needs a valid organisation number, written NNNNNN-NNNN',
      // Not echoed: a sole trader's "organisation number" is a personal identity number.
      ids,
    );
  }
  const name = requiredText(
    employer.name,
    TIPS_RULES.code('EMPLOYER_NAME_REQUIRED'),
    "The employer's name is required",
    ids,
  );
  const region = requiredText(command.data.region, TIPS_RULES.code('REGION_REQUIRED'), 'The region is required', ids);
  const industry = command.data.industry?.trim() ?? '';
  if (!isSniCode(industry)) {
    throw TIPS_RULES.violation('INVALID_INDUSTRY_CODE', 'The industry must be an SNI 2007 code, e.g. 88.101', {
      ...ids,
      industry: command.data.industry ?? null,
    });
  }
  const description = requiredText(
    command.data.description,
    TIPS_RULES.code('DESCRIPTION_REQUIRED'),
    'A description is required',
    ids,
  );
  assertNoPersonalIdentityNumber(name, 'employer.name', impulseId);
  assertNoPersonalIdentityNumber(description, 'description', impulseId);
  const reportedOn = pastOrToday(command.data.reportedOn, 'reportedOn', command.metadata.now, ids);
  return [
    {
      type: 'ImpulseReported',
      data: {
        impulseId,
        employer: { organisationNumber, name },
        region,
        industry,
        deficiency,
        description,
        reportedOn,
      },
    },
  ];
}

/** An impulse is about an employer, never about the sick-listed person; the text is not echoed back. */
function assertNoPersonalIdentityNumber(text: string, field: string, impulseId: string): void {
  if (containsPersonalIdentityNumber(text)) {
    throw CORE_RULES.violation(
      'PERSONAL_IDENTITY_NUMBER_IN_TEXT',
      `The ${field} contains a personal identity number; an impulse must not identify a person`,
      { impulseId, field },
    );
  }
}

function dismissImpulse(command: ImpulseCommand<'DismissImpulse'>, impulse: ReportedImpulse): ImpulseEvent[] {
  const { impulseId } = impulse;
  if (impulse.status === 'dismissed') {
    throw TIPS_RULES.violation('IMPULSE_ALREADY_DISMISSED', `Impulse ${impulseId} is already dismissed`, {
      impulseId,
    });
  }
  assertNotInTip(impulse);
  const reason = requiredText(
    command.reason,
    CORE_RULES.code('REASON_REQUIRED'),
    'Dismissing an impulse needs a reason',
    {
      impulseId,
    },
  );
  const dismissedOn = pastOrToday(command.data.dismissedOn, 'dismissedOn', command.metadata.now, { impulseId });
  const before = 'An impulse cannot be dismissed before it was reported';
  assertNotBefore(dismissedOn, impulse.reportedOn, TIPS_RULES.code('DATE_BEFORE_REPORT'), before, { impulseId });
  return [{ type: 'ImpulseDismissed', data: { impulseId, reason, dismissedOn } }];
}

function assertNotInTip(impulse: ReportedImpulse): void {
  if (impulse.status === 'in_tip') {
    throw TIPS_RULES.violation('IMPULSE_ALREADY_IN_TIP', `Impulse ${impulse.impulseId} is in tip ${impulse.tipId}`, {
      impulseId: impulse.impulseId,
      tipId: impulse.tipId,
    });
  }
}

function joinTip(command: ImpulseCommand<'JoinTip'>, impulse: ReportedImpulse): ImpulseEvent[] {
  const { impulseId, tipId } = command.data;
  if (impulse.status === 'dismissed') {
    throw TIPS_RULES.violation('IMPULSE_DISMISSED', `Impulse ${impulseId} is dismissed`, { impulseId });
  }
  if (impulse.status === 'in_tip' && impulse.tipId === tipId) return [];
  assertNotInTip(impulse);
  const tipEmployer = command.data.tipEmployer?.trim();
  if (tipEmployer !== impulse.employer.organisationNumber) {
    throw TIPS_RULES.violation('TIP_EMPLOYER_MISMATCH', 'An impulse joins only a tip about its own employer', {
      impulseId,
      tipId,
      impulseEmployer: impulse.employer.organisationNumber,
      tipEmployer: command.data.tipEmployer ?? null,
    });
  }
  return [{ type: 'ImpulseJoinedTip', data: { impulseId, tipId } }];
}

function leaveTip(command: ImpulseCommand<'LeaveTip'>, impulse: ReportedImpulse): ImpulseEvent[] {
  const { impulseId, tipId } = command.data;
  if (impulse.status !== 'in_tip' || impulse.tipId !== tipId) {
    throw TIPS_RULES.violation('IMPULSE_NOT_IN_TIP', `Impulse ${impulseId} is not in tip ${tipId}`, {
      impulseId,
      tipId,
      ...(impulse.tipId ? { currentTipId: impulse.tipId } : {}),
    });
  }
  return [{ type: 'ImpulseLeftTip', data: { impulseId, tipId, why: command.data.why?.trim() ?? '' } }];
}
