import { Alert, Card, Paragraph, TableCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { CommandForm } from '../../forms/CommandForm';
import {
  ImpulseItemFragment,
  ReportImpulseDocument,
  TipsImpulsesDocument,
  TipsRegionsDocument,
} from '../../gql/graphql';
import { deriveImpulse, impulseFields, impulseInput, localDay } from './impulse-form';
import { useKnownEmployers } from './known-employers';
import { DEFICIENCIES, IMPULSE_STATUS, T, TIPS_RULES } from './texts';
import './tips.css';
import { DeskPage, Section } from '../../app/DeskPage';
import { ColumnTable } from '../../app/ColumnTable';

/**
 * The FK caseworker's desk (#/impulser): report an impulse, and the impulses they reported with
 * what became of them (the server lists a caseworker's own only). A name is suggested for an
 * organisation number the workspace already knows (known-employers.ts).
 */
export default function ImpulseDesk() {
  const [mine, refetch] = useQuery({ query: TipsImpulsesDocument, requestPolicy: 'cache-and-network' });
  const [regions] = useQuery({ query: TipsRegionsDocument });
  // Each report starts on a fresh form: a reset form keeps what the browser shows in some fields.
  const [reported, setReported] = useState(0);
  const impulses = useMemo(() => mine.data?.impulses.edges.map((e) => e.node) ?? [], [mine.data]);
  const known = useKnownEmployers(impulses);
  const derive = useMemo(() => deriveImpulse(known), [known]);
  const fields = useMemo(
    () => impulseFields(regions.data?.regions ?? [], [...new Set(known.values())]),
    [regions.data, known],
  );
  return (
    <DeskPage title={T.impulsesTitle} intro={T.impulsesIntro}>
      <Card className="form-card">
        {regions.data ? (
          <CommandForm
            key={reported}
            title={T.report}
            testid="form-report"
            submitLabel={T.report}
            mutation={ReportImpulseDocument}
            rules={TIPS_RULES}
            fields={fields}
            defaults={{ reportedOn: localDay() }}
            checkAsTyped
            derive={derive}
            toInput={impulseInput}
            onDone={() => {
              setReported((n) => n + 1);
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        ) : null}
        {reported ? (
          <Alert data-color="success" data-testid="impulse-reported">
            {T.reported}
          </Alert>
        ) : null}
      </Card>
      <Section id="mine-heading" heading={T.mine}>
        {mine.error ? <Alert data-color="danger">{T.loadFailed(mine.error.message)}</Alert> : null}
        {mine.data && !impulses.length ? <Paragraph>{T.noneOfMine}</Paragraph> : null}
        {impulses.length ? <MyImpulses impulses={impulses} /> : null}
      </Section>
    </DeskPage>
  );
}

function MyImpulses({ impulses }: { impulses: ImpulseItemFragment[] }) {
  const C = T.columns;
  return (
    <ColumnTable
      testid="my-impulses"
      caption={T.mine}
      columns={[C.reportedOn, C.employer, C.region, C.deficiency, C.status]}
    >
      {impulses.map((impulse) => (
        <TableRow key={impulse.id} data-testid="my-impulse" data-impulse={impulse.id} data-status={impulse.status}>
          <TableCell>{impulse.reportedOn}</TableCell>
          <TableCell>
            {impulse.employer.name} ({impulse.employer.organisationNumber})
          </TableCell>
          <TableCell>{impulse.region}</TableCell>
          <TableCell>{DEFICIENCIES[impulse.deficiency] ?? impulse.deficiency}</TableCell>
          <TableCell>
            <Tag data-color={impulse.status === 'DISMISSED' ? 'neutral' : 'info'}>
              {IMPULSE_STATUS[impulse.status] ?? impulse.status}
            </Tag>
            {impulse.dismissal ? <Paragraph data-size="xs">{T.dismissed(impulse.dismissal.reason)}</Paragraph> : null}
            {impulse.tipId ? <Paragraph data-size="xs">{T.inTip}</Paragraph> : null}
          </TableCell>
        </TableRow>
      ))}
    </ColumnTable>
  );
}
