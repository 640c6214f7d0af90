import { EVENT_STORE } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { commandMutation } from './command-mutation';
import { TestApp } from './test-app';

/** GraphQL documents and fictional employers for the tip routine tests. */

export const IMPULSE_FIELDS = `id revision status employer { organisationNumber name } region
  industry { code section sectionName } deficiency description reportedOn reportedBy { id name } tipId
  dismissal { reason dismissedOn }`;

export const TIP_FIELDS = `id revision status employer { organisationNumber name } region industry { code section }
  summary impulseIds sentOn receivedOn avDiaryNumber
  outcomes { kind action noActionReason reason note decidedOn recordedBy { id name } }
  impulses { id status tipId }`;

const mutation = (name: string, input: string, entity: 'impulse' | 'tip') =>
  commandMutation(name, input, `${entity} { ${entity === 'impulse' ? IMPULSE_FIELDS : TIP_FIELDS} }`);

export const REPORT = mutation('reportImpulse', 'ReportImpulseInput', 'impulse');
export const DISMISS = mutation('dismissImpulse', 'DismissImpulseInput', 'impulse');
export const COMPILE = mutation('compileTip', 'CompileTipInput', 'tip');
export const ADD_TO_TIP = mutation('addImpulseToTip', 'TipImpulseInput', 'tip');
export const REMOVE_FROM_TIP = mutation('removeImpulseFromTip', 'TipImpulseInput', 'tip');
export const SEND = mutation('sendTip', 'SendTipInput', 'tip');
/** AV's own mutations answer with the tip without its impulses, which AV may not read. */
const avMutation = (name: string, input: string) =>
  mutation(name, input, 'tip').replace(/\s*impulses \{ id status tipId \}/, '');
export const RECEIVE = avMutation('recordTipReceipt', 'RecordTipReceiptInput');
export const OUTCOME = avMutation('recordTipOutcome', 'RecordTipOutcomeInput');

export const TIP = `query($id: String!) { tip(id: $id) { ${TIP_FIELDS} } }`;

/** Fictional employers; the organisation numbers have valid check digits. */
export const SOLBACKA = { organisationNumber: '556901-2346', name: 'Solbacka Omsorg AB' };
export const BYGGSTOMMEN = { organisationNumber: '5569034563', name: 'Byggstommen Väst AB' };

export function impulseAbout(
  employer: { organisationNumber: string; name: string },
  overrides: Record<string, unknown> = {},
) {
  return {
    employer,
    region: 'Västra Götaland',
    industry: '88101',
    deficiency: 'NO_RETURN_TO_WORK_PLAN',
    description: 'Arbetsgivaren har inte tagit fram någon plan för återgång i arbete efter 30 dagars sjukskrivning.',
    reportedOn: '2025-03-10',
    ...overrides,
  };
}

export async function reportImpulse(t: TestApp, input: Record<string, unknown>): Promise<string> {
  const res = await t.gql('FK_CASEWORKER', REPORT, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.reportImpulse.impulse.id as string;
}

/** The store's last position: "a failed command appends nothing" is checked against it. */
export async function storeHead(t: TestApp): Promise<bigint | null> {
  return t.app.get<EventStore>(EVENT_STORE).headPosition();
}
