import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ColumnTable } from '../../app/ColumnTable';
import { DeskPage } from '../../app/DeskPage';
import type { FieldSpec } from '../../forms/CommandForm';
import { OpenableCommand } from '../../forms/OpenedForm';
import { useOpenForms } from '../../forms/open-forms';
import {
  IssueServiceCredentialDocument,
  RevokeServiceCredentialDocument,
  type Role,
  ServiceCredentialsDocument,
} from '../../gql/graphql';
import { SERVICE_RULES, T } from './texts';

const ISSUE_FIELDS: FieldSpec[] = [
  { name: 'name', label: T.name, help: T.nameHelp, required: true },
  { name: 'expiresOn', label: T.expiresOn, help: T.expiresOnHelp, kind: 'date', required: true },
  { name: 'reason', label: T.reason, help: T.reasonHelp, kind: 'textarea', required: true },
];
/** The one read-only role a service may hold today (the server refuses any other). */
const SERVICE_ROLE: Role = 'DASHBOARD';
const REVOKE_FIELDS: FieldSpec[] = [{ name: 'reason', label: T.revokeReason, kind: 'textarea', required: true }];

/** Tjänsteinloggningar: every credential of a machine client; its issuers issue and revoke them here. */
export default function ServicesDesk() {
  const [result, refetch] = useQuery({ query: ServiceCredentialsDocument, requestPolicy: 'network-only' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const { forms, view, keepFocus } = useOpenForms(reload);
  const [issued, setIssued] = useState<{ clientId: string; clientSecret: string | null } | null>(null);
  const credentials = result.data?.serviceCredentials.edges.map((e) => e.node) ?? [];
  return (
    <DeskPage title={T.title} className="services-desk" view={view} keepFocus={keepFocus}>
      <Paragraph data-size="sm">{T.intro}</Paragraph>
      <OpenableCommand
        name="issue"
        label={T.issue}
        buttonTestid="open-issue"
        forms={forms}
        title={T.issueTitle}
        intro={T.issueIntro}
        fields={ISSUE_FIELDS}
        submitLabel={T.submitIssue}
        mutation={IssueServiceCredentialDocument}
        toInput={(v) => ({
          name: v.name.trim(),
          role: SERVICE_ROLE,
          // Through the end of the chosen day, in the browser's (Swedish) time.
          expiresAt: new Date(`${v.expiresOn}T23:59:59`).toISOString(),
          reason: v.reason.trim(),
        })}
        rules={SERVICE_RULES}
        testid="issue-form"
        onDone={(data) => setIssued(data.issueServiceCredential)}
      />
      <div aria-live="polite">
        {issued ? (
          <Alert data-color="success" data-testid="issued">
            <Paragraph>{T.issued}</Paragraph>
            <dl className="secret">
              <dt>{T.clientId}</dt>
              <dd>
                <code data-testid="client-id">{issued.clientId}</code>
              </dd>
              <dt>{T.clientSecret}</dt>
              <dd>
                <code data-testid="client-secret">{issued.clientSecret ?? '–'}</code>
              </dd>
            </dl>
          </Alert>
        ) : null}
        {result.error ? <Alert data-color="danger">{`${T.what}: ${result.error.message}`}</Alert> : null}
        {result.data && !credentials.length ? <Paragraph data-testid="no-credentials">{T.none}</Paragraph> : null}
      </div>
      {credentials.length ? (
        <ColumnTable testid="credentials" caption={T.list} columns={T.headers}>
          {credentials.map((c) => (
            <tr key={c.id} data-testid="credential" data-credential={c.id}>
              <th scope="row">{c.name}</th>
              <td>{T.status[c.status] ?? c.status}</td>
              <td>{String(c.expiresAt).slice(0, 10)}</td>
              <td>{`${c.issuedBy.name ?? '–'} (${c.issuedBy.organisation})`}</td>
              <td>{c.revokeReason ?? c.reason ?? '–'}</td>
              <td>
                {c.status === 'ACTIVE' ? (
                  <OpenableCommand
                    name={`revoke-${c.id}`}
                    label={T.revoke}
                    buttonTestid="open-revoke"
                    forms={forms}
                    title={T.revokeTitle(c.name)}
                    intro={T.revokeIntro}
                    fields={REVOKE_FIELDS}
                    submitLabel={T.submitRevoke}
                    mutation={RevokeServiceCredentialDocument}
                    toInput={(v) => ({ credentialId: c.id, reason: v.reason.trim() })}
                    rules={SERVICE_RULES}
                    testid="revoke-form"
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </ColumnTable>
      ) : null}
    </DeskPage>
  );
}
