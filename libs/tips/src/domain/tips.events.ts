import { EventDefinitions } from '@samverkan/core/domain';
import { ImpulseEvent } from './impulse.events';
import { TipEvent } from './tip.events';
import {
  counted,
  deficiencyLabel,
  directActionLabel,
  employerPhrase,
  noActionReasonLabel,
  oneLine,
} from './tips.summaries';

export type ImpulseEventType = ImpulseEvent['type'];
export type TipEventType = TipEvent['type'];

/**
 * Summaries name the employer (a legal person) and codes, never the impulse's description: it is
 * free text about a workplace and may be erased, while the timeline's summaries are kept.
 */
export const impulseEventDefinitions: EventDefinitions<ImpulseEvent> = {
  ImpulseReported: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Impuls om ${employerPhrase(d.employer)}: ${deficiencyLabel[d.deficiency] ?? d.deficiency}`,
  },
  ImpulseDismissed: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) => `Impulsen avskrevs: ${oneLine(d.reason)}`,
  },
  ImpulseJoinedTip: {
    kind: 'action',
    schemaVersion: 1,
    summary: () => 'Impulsen fördes till ett tips',
  },
  ImpulseLeftTip: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Impulsen lämnade tipset${d.why?.trim() ? `: ${oneLine(d.why)}` : ''}`,
  },
};

export const tipEventDefinitions: EventDefinitions<TipEvent> = {
  TipCompiled: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Tips om ${d.employer.name} sammanställt av ${counted(d.impulseIds.length, 'impuls', 'impulser')}`,
  },
  ImpulseAddedToTip: {
    kind: 'action',
    schemaVersion: 1,
    summary: () => 'En impuls lades till i tipset',
  },
  ImpulseRemovedFromTip: {
    kind: 'action',
    schemaVersion: 1,
    summary: () => 'En impuls togs bort ur tipset',
  },
  TipSent: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Tipset skickades till Arbetsmiljöverket med ${counted(d.impulseIds.length, 'impuls', 'impulser')}`,
  },
  TipReceived: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Arbetsmiljöverket registrerade tipset${d.avDiaryNumber ? ` (dnr ${d.avDiaryNumber})` : ''}`,
  },
  DirectActionRecorded: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Direkt åtgärd: ${directActionLabel[d.action] ?? d.action}`,
  },
  IndirectUseRecorded: {
    kind: 'action',
    schemaVersion: 1,
    summary: () => 'Tipset användes indirekt, t.ex. för att planera inspektioner',
  },
  NoActionRecorded: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) => `Ingen åtgärd (${noActionReasonLabel[d.reasonCode] ?? d.reasonCode}): ${oneLine(d.reason)}`,
  },
};
