import { action, decision, EventDefinitions } from '@samverkan/core/domain';
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

/**
 * Summaries name the employer (a legal person) and codes, never the impulse's description: it is
 * free text about a workplace and may be erased, while the timeline's summaries are kept.
 */
export const impulseEventDefinitions: EventDefinitions<ImpulseEvent> = {
  ImpulseReported: action(
    (d) => `Impuls om ${employerPhrase(d.employer)}: ${deficiencyLabel[d.deficiency] ?? d.deficiency}`,
  ),
  ImpulseDismissed: decision((d) => `Impulsen avskrevs: ${oneLine(d.reason)}`),
  ImpulseJoinedTip: action(() => 'Impulsen fördes till ett tips'),
  ImpulseLeftTip: action((d) => `Impulsen lämnade tipset${d.why?.trim() ? `: ${oneLine(d.why)}` : ''}`),
};

export const tipEventDefinitions: EventDefinitions<TipEvent> = {
  TipCompiled: action(
    (d) => `Tips om ${d.employer.name} sammanställt av ${counted(d.impulseIds.length, 'impuls', 'impulser')}`,
  ),
  ImpulseAddedToTip: action(() => 'En impuls lades till i tipset'),
  ImpulseRemovedFromTip: action(() => 'En impuls togs bort ur tipset'),
  TipSent: action(
    (d) => `Tipset skickades till Arbetsmiljöverket med ${counted(d.impulseIds.length, 'impuls', 'impulser')}`,
  ),
  TipReceived: action(
    (d) => `Arbetsmiljöverket registrerade tipset${d.avDiaryNumber ? ` (dnr ${d.avDiaryNumber})` : ''}`,
  ),
  DirectActionRecorded: action((d) => `Direkt åtgärd: ${directActionLabel[d.action] ?? d.action}`),
  IndirectUseRecorded: action(() => 'Tipset användes indirekt, t.ex. för att planera inspektioner'),
  NoActionRecorded: decision(
    (d) => `Ingen åtgärd (${noActionReasonLabel[d.reasonCode] ?? d.reasonCode}): ${oneLine(d.reason)}`,
  ),
};
