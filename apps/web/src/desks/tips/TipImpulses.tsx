import { Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { useCan, useOperations } from '../../forms/can';
import { CommandButton } from '../../forms/CommandButton';
import { CommandForm } from '../../forms/CommandForm';
import type { OpenForm } from '../../forms/open-forms';
import { RemoveImpulseFromTipDocument, TipItemFragment, TipsImpulsesDocument } from '../../gql/graphql';
import { DEFICIENCIES, IMPULSE_STATUS, TIPS_RULES, TP, TT } from './texts';
import { Section } from '../../app/DeskPage';

/**
 * The impulses behind a tip, for the roles that may read impulses (AV reads the tip alone and is
 * told how many there are); while the tip is a draft, each may be taken out of it.
 */
export function TipImpulses({ tip, forms }: { tip: TipItemFragment; forms: OpenForm }) {
  const operations = useOperations();
  const can = useCan();
  const readable = !!operations?.has('Query.impulses');
  const [{ data }, refetch] = useQuery({
    query: TipsImpulsesDocument,
    variables: { filter: { tipId: tip.id } },
    pause: !readable,
  });
  // The tip's revision moves when an impulse joins or leaves it: its list is read anew.
  useEffect(() => {
    if (readable) refetch({ requestPolicy: 'network-only' });
  }, [tip.revision, readable, refetch]);
  const impulses = data?.impulses.edges.map((e) => e.node) ?? [];
  const removable = tip.status === 'DRAFT' && impulses.length > 1 && can(RemoveImpulseFromTipDocument);
  return (
    <Section id="tip-impulses-heading" heading={TP.impulsesHeading}>
      {!readable ? (
        <Paragraph data-testid="tip-impulses-hidden">{TP.impulsesHidden(tip.impulseIds.length)}</Paragraph>
      ) : null}
      {readable ? (
        <ul data-testid="tip-impulses">
          {impulses.map((impulse) => {
            const name = `remove:${impulse.id}`;
            return (
              <li key={impulse.id} data-testid="tip-impulse" data-impulse={impulse.id}>
                <Paragraph data-size="sm">
                  {TT.tick(impulse.reportedOn, DEFICIENCIES[impulse.deficiency] ?? impulse.deficiency, impulse.region)}{' '}
                  ({IMPULSE_STATUS[impulse.status] ?? impulse.status}): {impulse.description}
                </Paragraph>
                {removable ? (
                  <CommandButton
                    name={name}
                    label={TP.remove}
                    forms={forms}
                    mutation={RemoveImpulseFromTipDocument}
                    testid={`remove-${impulse.id}`}
                  />
                ) : null}
                {removable && forms.open === name ? (
                  <CommandForm
                    title={TP.remove}
                    testid="form-remove"
                    submitLabel={TP.remove}
                    mutation={RemoveImpulseFromTipDocument}
                    rules={TIPS_RULES}
                    expectedRevision={tip.revision}
                    fields={[]}
                    toInput={() => ({ tipId: tip.id, impulseId: impulse.id })}
                    onDone={() => forms.toggle(null)}
                    onCancel={() => forms.toggle(null)}
                    onReload={forms.reload}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </Section>
  );
}
