import { evolveEntity, NotStarted } from '@samverkan/core/domain';
import { TipEvent } from './tip.events';
import { DirectAction, IsoDate, NoActionReason } from './tips.model';

/** What AV recorded about a received tip. */
export interface TipOutcomes {
  /** In the order recorded; several may follow one tip. */
  directActions: readonly DirectAction[];
  indirectUse: boolean;
  /** Set once AV decided to take no action. */
  noAction?: NoActionReason;
}

export type NoTip = NotStarted<'none'>;

/** The state starts as the compilation recorded it, but for the summary, which no rule weighs. */
type Compiled = Omit<TipEvent<'TipCompiled'>['data'], 'summary' | 'impulseIds'>;

export interface ExistingTip extends Compiled {
  status: 'draft' | 'sent' | 'received';
  /** In the order they joined; what was sent once the tip is sent. */
  impulseIds: readonly string[];
  sentOn?: IsoDate;
  receivedOn?: IsoDate;
  avDiaryNumber?: string;
  outcomes: TipOutcomes;
}

export type TipState = NoTip | ExistingTip;
export type TipStatus = TipState['status'];

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export const evolveTip = evolveEntity<TipEvent, ExistingTip, 'TipCompiled', 'none'>(
  {
    TipCompiled: ({ data: { summary, impulseIds, ...compiled } }) => {
      const outcomes: TipOutcomes = { directActions: [], indirectUse: false };
      return { ...compiled, status: 'draft', impulseIds: [...impulseIds], outcomes };
    },
  },
  {
    ImpulseAddedToTip: (tip, { data }) => ({ ...tip, impulseIds: [...tip.impulseIds, data.impulseId] }),
    ImpulseRemovedFromTip: (tip, { data }) => ({
      ...tip,
      impulseIds: tip.impulseIds.filter((id) => id !== data.impulseId),
    }),
    TipSent: (tip, { data }) => ({ ...tip, status: 'sent', sentOn: data.sentOn, impulseIds: [...data.impulseIds] }),
    TipReceived: (tip, { data: { receivedOn, avDiaryNumber } }) => ({
      ...tip,
      status: 'received',
      receivedOn,
      ...(avDiaryNumber !== undefined ? { avDiaryNumber } : {}),
    }),
    DirectActionRecorded: (tip, { data }) =>
      withOutcomes(tip, (o) => ({ ...o, directActions: [...o.directActions, data.action] })),
    IndirectUseRecorded: (tip) => withOutcomes(tip, (o) => ({ ...o, indirectUse: true })),
    NoActionRecorded: (tip, { data }) => withOutcomes(tip, (o) => ({ ...o, noAction: data.reasonCode })),
  },
  'none',
);

function withOutcomes(tip: ExistingTip, change: (outcomes: TipOutcomes) => TipOutcomes): ExistingTip {
  return { ...tip, outcomes: change(tip.outcomes) };
}
