import { TipEvent } from './tip.events';
import { DirectAction, Employer, IsoDate, NoActionReason } from './tips.model';

/** What AV recorded about a received tip. */
export interface TipOutcomes {
  /** In the order recorded; several may follow one tip. */
  directActions: readonly DirectAction[];
  indirectUse: boolean;
  /** Set once AV decided to take no action. */
  noAction?: NoActionReason;
}

export interface NoTip {
  status: 'none';
}

export interface ExistingTip {
  status: 'draft' | 'sent' | 'received';
  tipId: string;
  employer: Employer;
  region: string;
  industry: string;
  /** In the order they joined; what was sent once the tip is sent. */
  impulseIds: readonly string[];
  sentOn?: IsoDate;
  receivedOn?: IsoDate;
  avDiaryNumber?: string;
  outcomes: TipOutcomes;
}

export type TipState = NoTip | ExistingTip;
export type TipStatus = TipState['status'];

export function initialTipState(): TipState {
  return { status: 'none' };
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolveTip(state: TipState, event: TipEvent): TipState {
  switch (event.type) {
    case 'TipCompiled': {
      const { tipId, employer, region, industry, impulseIds } = event.data;
      const outcomes: TipOutcomes = { directActions: [], indirectUse: false };
      return { status: 'draft', tipId, employer, region, industry, impulseIds: [...impulseIds], outcomes };
    }
    case 'ImpulseAddedToTip':
      return onTip(state, (tip) => ({ ...tip, impulseIds: [...tip.impulseIds, event.data.impulseId] }));
    case 'ImpulseRemovedFromTip':
      return onTip(state, (tip) => ({
        ...tip,
        impulseIds: tip.impulseIds.filter((id) => id !== event.data.impulseId),
      }));
    case 'TipSent':
      return onTip(state, (tip) => ({
        ...tip,
        status: 'sent',
        sentOn: event.data.sentOn,
        impulseIds: [...event.data.impulseIds],
      }));
    case 'TipReceived': {
      const { receivedOn, avDiaryNumber } = event.data;
      return onTip(state, (tip) => ({
        ...tip,
        status: 'received',
        receivedOn,
        ...(avDiaryNumber !== undefined ? { avDiaryNumber } : {}),
      }));
    }
    case 'DirectActionRecorded':
      return withOutcomes(state, (o) => ({ ...o, directActions: [...o.directActions, event.data.action] }));
    case 'IndirectUseRecorded':
      return withOutcomes(state, (o) => ({ ...o, indirectUse: true }));
    case 'NoActionRecorded':
      return withOutcomes(state, (o) => ({ ...o, noAction: event.data.reasonCode }));
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Events before TipCompiled cannot occur in a tip stream; if one did, it changes nothing. */
function onTip(state: TipState, change: (tip: ExistingTip) => ExistingTip): TipState {
  return state.status === 'none' ? state : change(state);
}

function withOutcomes(state: TipState, change: (outcomes: TipOutcomes) => TipOutcomes): TipState {
  return onTip(state, (tip) => ({ ...tip, outcomes: change(tip.outcomes) }));
}
