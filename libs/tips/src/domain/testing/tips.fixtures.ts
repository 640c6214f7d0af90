import { deciderSpecification } from '@samverkan/core/testing/decider-specification';
import { fixedClock } from '@samverkan/core/testing/fixed-clock';
import { impulseDecider } from '../impulse';
import { ImpulseCommand } from '../impulse.commands';
import { ImpulseEvent } from '../impulse.events';
import { tipDecider } from '../tip';
import { TipCommand } from '../tip.commands';
import { TipEvent } from '../tip.events';
import { Employer } from '../tips.model';

/** Fictional employers and impulses from the 2025 tip routine; organisation numbers pass the Luhn check. */

export const impulseSpec = deciderSpecification(impulseDecider);
export const tipSpec = deciderSpecification(tipDecider);

/** 00:30 on 4 June in Stockholm (CEST), still 3 June in UTC: "today" is 2025-06-04. */
export const { NOW, TODAY, TOMORROW, metadata, commandOf } = fixedClock('2025-06-03T22:30:00Z', '2025-06-04');

export const homeCare: Employer = { organisationNumber: '556036-0793', name: 'Omsorgshuset i Väst AB' };
export const municipality: Employer = { organisationNumber: '212000-0142', name: 'Exempelby kommun' };
export const primaryCare: Employer = { organisationNumber: '556677-8899', name: 'Vårdcentralen Norrgården AB' };

/** A valid personal identity number (Skatteverket's Luhn example), which an impulse must not contain. */
export const PERSONAL_IDENTITY_NUMBER = '811218-9876';

export const IMPULSE_ID = 'imp-01';
export const TIP_ID = 'tip-2025-007';

export const reported: ImpulseEvent<'ImpulseReported'> = {
  type: 'ImpulseReported',
  data: {
    impulseId: IMPULSE_ID,
    employer: homeCare,
    region: 'Västra Götaland',
    industry: '88.101',
    deficiency: 'NO_RETURN_TO_WORK_PLAN',
    description: 'Arbetsgivaren upprättar inte planer för återgång i arbete för sjukskrivna undersköterskor.',
    reportedOn: '2025-05-12',
  },
};

export const reportImpulse: ImpulseCommand<'ReportImpulse'> = commandOf('ReportImpulse', reported.data);

export function reportedAbout(impulseId: string, employer: Employer = homeCare): ImpulseEvent<'ImpulseReported'> {
  return { ...reported, data: { ...reported.data, impulseId, employer } };
}

export const joined = (tipId = TIP_ID): ImpulseEvent<'ImpulseJoinedTip'> => ({
  type: 'ImpulseJoinedTip',
  data: { impulseId: IMPULSE_ID, tipId },
});
export const left = (tipId = TIP_ID): ImpulseEvent<'ImpulseLeftTip'> => ({
  type: 'ImpulseLeftTip',
  data: { impulseId: IMPULSE_ID, tipId, why: 'Togs bort ur tipset' },
});
export const dismissed: ImpulseEvent<'ImpulseDismissed'> = {
  type: 'ImpulseDismissed',
  data: { impulseId: IMPULSE_ID, reason: 'Bristen gäller inte arbetsgivaren', dismissedOn: '2025-05-20' },
};

export const TIP_IMPULSES = ['imp-01', 'imp-02', 'imp-03'];

/** What the tip says, as compiled and as recorded; the command also carries each impulse's employer. */
const TIP: TipEvent<'TipCompiled'>['data'] = {
  tipId: TIP_ID,
  employer: homeCare,
  region: 'Västra Götaland',
  industry: '88.101',
  impulseIds: TIP_IMPULSES,
  summary: 'Tre impulser om att hemtjänsten saknar planer för återgång i arbete.',
};

export const compileTip: TipCommand<'CompileTip'> = commandOf('CompileTip', {
  ...TIP,
  impulseEmployers: Object.fromEntries(TIP_IMPULSES.map((id) => [id, homeCare.organisationNumber])),
});

export const compiled: TipEvent<'TipCompiled'> = { type: 'TipCompiled', data: TIP };

export const tipSent: TipEvent<'TipSent'> = {
  type: 'TipSent',
  data: { tipId: TIP_ID, sentOn: '2025-05-26', impulseIds: TIP_IMPULSES },
};
export const tipReceived: TipEvent<'TipReceived'> = {
  type: 'TipReceived',
  data: { tipId: TIP_ID, receivedOn: '2025-05-28', avDiaryNumber: '2025/031337' },
};
export const directAction: TipEvent<'DirectActionRecorded'> = {
  type: 'DirectActionRecorded',
  data: { tipId: TIP_ID, action: 'INSPECTION', decidedOn: '2025-06-02' },
};
export const indirectUse: TipEvent<'IndirectUseRecorded'> = {
  type: 'IndirectUseRecorded',
  data: { tipId: TIP_ID, decidedOn: '2025-06-02' },
};
export const noAction: TipEvent<'NoActionRecorded'> = {
  type: 'NoActionRecorded',
  data: {
    tipId: TIP_ID,
    reasonCode: 'ALREADY_KNOWN_TO_AV',
    reason: 'Arbetsgivaren inspekterades i april',
    decidedOn: '2025-06-02',
  },
};

export const aDraft: TipEvent[] = [compiled];
export const sent: TipEvent[] = [compiled, tipSent];
export const received: TipEvent[] = [compiled, tipSent, tipReceived];
