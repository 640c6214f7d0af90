import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CommandButton } from '../../forms/CommandButton';
import type { FieldSpec } from '../../forms/CommandForm';
import { OpenedForm } from '../../forms/OpenedForm';
import { useOpenForms } from '../../forms/open-forms';
import { roleLabel } from '../../app/texts';
import { EsfSealsDocument, SealEsfReportDocument } from '../../gql/graphql';
import { formatDateTime } from '../timeline/dates';
import { isDate } from './period';
import { AUDIT_RULES, S, T } from './texts';
import { ColumnTable } from '../../app/ColumnTable';
import { AuditPage } from './AuditPage';

const dateCheck = (v: string) => (isDate(v) ? undefined : 'Ange ett riktigt datum (ÅÅÅÅ-MM-DD).');

const SEAL_FIELDS: FieldSpec[] = [
  { name: 'from', label: S.fields.from, kind: 'date', required: true, validate: dateCheck },
  { name: 'to', label: S.fields.to, kind: 'date', required: true, validate: dateCheck },
  { name: 'reason', label: S.fields.reason, kind: 'textarea', required: true, help: S.reasonHelp },
];

/** Förseglingar: seal a period with a reason, and every seal with a way to what changed since. */
export function SealsPage() {
  const [result, refetch] = useQuery({ query: EsfSealsDocument, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const { forms, view, keepFocus } = useOpenForms(reload);
  const seals = result.data?.esfSeals ?? [];
  return (
    <AuditPage id="seals" testid="seals" heading={S.heading} intro={S.intro} view={view} keepFocus={keepFocus}>
      <div className="toolbar">
        <CommandButton name="seal" label={S.open} forms={forms} mutation={SealEsfReportDocument} />
      </div>
      <OpenedForm
        name="seal"
        forms={forms}
        title={S.sealTitle}
        intro={S.sealIntro}
        fields={SEAL_FIELDS}
        submitLabel={S.submit}
        mutation={SealEsfReportDocument}
        toInput={(v) => ({ from: v.from, to: v.to, reason: v.reason.trim() })}
        rules={AUDIT_RULES}
        testid="seal-form"
      />
      {result.error ? <Alert data-color="danger">{T.failed(S.listWhat, result.error.message)}</Alert> : null}
      {result.data && !seals.length ? <Paragraph>{S.none}</Paragraph> : null}
      {seals.length ? (
        <ColumnTable testid="seal-list" caption={S.heading} columns={S.headers}>
          {seals.map((s) => (
            <tr key={s.sealId} data-testid="seal" data-seal={s.sealId}>
              <th scope="row">
                {s.from} – {s.to}
              </th>
              <td>{formatDateTime(s.sealedAt)}</td>
              <td>
                {s.sealedBy.name ?? T.erased}, {roleLabel(s.sealedBy.role)}, {s.sealedBy.organisation}
              </td>
              <td>{s.reason}</td>
              <td className="num">{s.activities}</td>
              <td className="num">{s.decisions}</td>
              <td>
                <Link to={`/revision/forseglingar/${encodeURIComponent(s.sealId)}`} data-testid="seal-changes">
                  {S.showChanges}
                </Link>
              </td>
            </tr>
          ))}
        </ColumnTable>
      ) : null}
    </AuditPage>
  );
}
