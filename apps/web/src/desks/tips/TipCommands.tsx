import { useQuery } from 'urql';
import { useCan } from '../../forms/can';
import { CommandPanel, PanelCommand, panelCommandsWith } from '../../forms/CommandPanel';
import type { FieldSpec } from '../../forms/CommandForm';
import { entityFormProps } from '../../forms/form-props';
import type { OpenForm } from '../../forms/open-forms';
import {
  AddImpulseToTipDocument,
  DirectAction,
  NoActionReason,
  RecordTipOutcomeDocument,
  RecordTipReceiptDocument,
  SendTipDocument,
  TipItemFragment,
  TipOutcomeKind,
  TipsImpulsesDocument,
} from '../../gql/graphql';
import { localDay, noPersonalNumber } from './impulse-form';
import { choicesOf } from '../../forms/fields/choices';
import { outcomesOpen } from './outcomes';
import { DEFICIENCIES, DIRECT_ACTIONS, F, NO_ACTION_REASONS, TIPS_RULES, TP, TT } from './texts';

const C = TP.commands;
const decidedOn: FieldSpec = { name: 'decidedOn', label: F.decidedOn, kind: 'date', required: true };
const note: FieldSpec = { name: 'note', label: F.note, kind: 'textarea', validate: noPersonalNumber };
const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** Open impulses about the tip's employer, which may join it while it is a draft. */
function useCandidates(tip: TipItemFragment, asked: boolean) {
  const [{ data }] = useQuery({
    query: TipsImpulsesDocument,
    variables: { filter: { status: 'OPEN', organisationNumber: tip.employer.organisationNumber } },
    pause: !asked,
    requestPolicy: 'cache-and-network',
  });
  return data?.impulses.edges.map((e) => e.node) ?? [];
}

/** The commands the tip's status allows, each a form opened in place. */
export function TipCommands({ tip, forms }: { tip: TipItemFragment; forms: OpenForm }) {
  const can = useCan();
  const candidates = useCandidates(tip, tip.status === 'DRAFT' && can(AddImpulseToTipDocument));
  const command = panelCommandsWith(entityFormProps(TIPS_RULES)(tip.revision, forms), TP.commands);
  const outcome = (kind: string, name: string, label: string, fields: FieldSpec[]) =>
    command(name, {
      label,
      mutation: RecordTipOutcomeDocument,
      defaults: { decidedOn: localDay() },
      fields,
      toInput: (v) => ({
        tipId: tip.id,
        outcome: kind as TipOutcomeKind,
        decidedOn: v.decidedOn,
        ...(v.action ? { action: v.action as DirectAction } : {}),
        ...(v.noActionReason ? { noActionReason: v.noActionReason as NoActionReason } : {}),
        ...(optional(v.reason) ? { reason: optional(v.reason) } : {}),
        ...(optional(v.note) ? { note: optional(v.note) } : {}),
      }),
    });
  const outcomeForms = {
    DIRECT_ACTION: outcome('DIRECT_ACTION', 'direct', C.direct, [
      { name: 'action', label: F.action, kind: 'select', required: true, options: choicesOf(DIRECT_ACTIONS) },
      note,
      decidedOn,
    ]),
    INDIRECT_USE: outcome('INDIRECT_USE', 'indirect', C.indirect, [note, decidedOn]),
    NO_ACTION: outcome('NO_ACTION', 'none', C.none, [
      {
        name: 'noActionReason',
        label: F.noActionReason,
        kind: 'select',
        required: true,
        options: choicesOf(NO_ACTION_REASONS),
      },
      { name: 'reason', label: F.noActionText, kind: 'textarea', required: true, validate: noPersonalNumber },
      decidedOn,
    ]),
  } as Record<string, PanelCommand>;

  const commands =
    tip.status === 'DRAFT'
      ? [
          ...(candidates.length
            ? [
                command('add', {
                  mutation: AddImpulseToTipDocument,
                  fields: [
                    {
                      name: 'impulseId',
                      label: F.impulse,
                      kind: 'select',
                      required: true,
                      options: candidates.map((i) => ({
                        value: i.id,
                        label: TT.tick(i.reportedOn, DEFICIENCIES[i.deficiency] ?? i.deficiency, i.region),
                      })),
                    },
                  ],
                  toInput: (v) => ({ tipId: tip.id, impulseId: v.impulseId }),
                }),
              ]
            : []),
          command('send', {
            mutation: SendTipDocument,
            defaults: { sentOn: localDay() },
            fields: [{ name: 'sentOn', label: F.sentOn, kind: 'date', required: true }],
            toInput: (v) => ({ tipId: tip.id, sentOn: v.sentOn }),
          }),
        ]
      : tip.status === 'SENT'
        ? [
            command('receive', {
              mutation: RecordTipReceiptDocument,
              defaults: { receivedOn: localDay() },
              fields: [
                { name: 'receivedOn', label: F.receivedOn, kind: 'date', required: true },
                { name: 'avDiaryNumber', label: F.avDiaryNumber, validate: noPersonalNumber },
              ],
              toInput: (v) => ({
                tipId: tip.id,
                receivedOn: v.receivedOn,
                ...(optional(v.avDiaryNumber) ? { avDiaryNumber: optional(v.avDiaryNumber) } : {}),
              }),
            }),
          ]
        : outcomesOpen(tip.outcomes).map((kind) => outcomeForms[kind]);

  return <CommandPanel commands={commands} forms={forms} testid="tip-commands" />;
}
