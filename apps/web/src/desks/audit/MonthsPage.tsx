import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useClient, useQuery } from 'urql';
import { participantMonthCsv } from './report-files';
import { CommandButton } from '../../forms/CommandButton';
import type { FieldSpec } from '../../forms/CommandForm';
import { OpenedForm } from '../../forms/OpenedForm';
import { useOpenForms } from '../../forms/open-forms';
import { ParticipantMonthDocument, ParticipantMonthsDocument, ReportParticipantMonthDocument } from '../../gql/graphql';
import { formatDateTime } from '../timeline/dates';
import { downloadText } from './download';
import { MonthWhy } from './MonthWhy';
import { FIRST_MONTH, lastListedMonth, nextToReport } from './months';
import { AUDIT_RULES, M, T } from './texts';
import { RowToggle, useOpenRow } from './RowToggle';
import { ColumnTable } from '../../app/ColumnTable';
import { AuditPage } from './AuditPage';

/** Deltagare per månad: each month's status, the next month reported in order, why one must be re-reported, CSVs. */
export function MonthsPage() {
  const client = useClient();
  const [result, refetch] = useQuery({
    query: ParticipantMonthsDocument,
    variables: { from: FIRST_MONTH, to: lastListedMonth() },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const { forms, view, keepFocus } = useOpenForms(reload);
  const why = useOpenRow();
  const months = result.data?.participantMonths ?? [];
  const next = nextToReport(months);
  const fields: FieldSpec[] = [
    {
      name: 'month',
      label: M.fields.month,
      kind: 'select',
      required: true,
      options: next ? [{ value: next, label: next }] : [],
    },
    { name: 'reason', label: M.fields.reason, kind: 'textarea', help: M.reasonHelp },
  ];
  const downloadMonth = async (month: string) => {
    const found = await client
      .query(ParticipantMonthDocument, { month }, { requestPolicy: 'network-only' })
      .toPromise();
    if (found.data)
      downloadText(`deltagare-${month}.csv`, participantMonthCsv(found.data.participantMonth.lines), 'text/csv');
  };
  return (
    <AuditPage id="months" testid="months" heading={M.heading} intro={M.intro} view={view} keepFocus={keepFocus}>
      <div className="toolbar">
        {next ? (
          <CommandButton
            name="report"
            label={`${M.open}: ${next}`}
            forms={forms}
            mutation={ReportParticipantMonthDocument}
          />
        ) : result.data ? (
          <Paragraph data-size="sm">{M.nothingToReport}</Paragraph>
        ) : null}
      </div>
      {next ? (
        <OpenedForm
          key={next}
          name="report"
          forms={forms}
          title={M.reportTitle}
          intro={M.reportIntro}
          fields={fields}
          defaults={{ month: next, reason: '' }}
          submitLabel={M.submit}
          mutation={ReportParticipantMonthDocument}
          toInput={(v) => ({ month: v.month, ...(v.reason.trim() ? { reason: v.reason.trim() } : {}) })}
          rules={AUDIT_RULES}
          testid="report-month-form"
        />
      ) : null}
      {result.error ? <Alert data-color="danger">{T.failed(M.what, result.error.message)}</Alert> : null}
      {months.length ? (
        <ColumnTable testid="month-list" caption={M.heading} columns={M.headers}>
          {months.map((m) => (
            <tr key={m.month} data-testid="month" data-month={m.month} data-status={m.status}>
              <th scope="row">{m.month}</th>
              <td>
                {m.ended ? (M.status[m.status] ?? m.status) : M.notEnded}
                {m.status === 'NEEDS_REREPORT' ? (
                  <>
                    {' '}
                    <RowToggle rows={why} row={m.month} testid="month-why">
                      {M.why}
                    </RowToggle>
                  </>
                ) : null}
                {why.isOpen(m.month) ? <MonthWhy month={m.month} months={months} /> : null}
              </td>
              <td className="num">{m.activities}</td>
              <td className="num">{m.participants.total}</td>
              <td>
                {m.report
                  ? M.reported(
                      formatDateTime(m.report.reportedAt),
                      m.report.reportedBy?.name ?? T.erased,
                      m.report.reports,
                    )
                  : '–'}
              </td>
              <td>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  data-testid="month-csv"
                  onClick={() => void downloadMonth(m.month)}
                >
                  {M.csv(m.month)}
                </Button>
              </td>
            </tr>
          ))}
        </ColumnTable>
      ) : null}
    </AuditPage>
  );
}
