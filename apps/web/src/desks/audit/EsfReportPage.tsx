import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { esfReportCsv, esfReportJson } from './report-files';
import { EsfReportDocument, EsfReportQuery } from '../../gql/graphql';
import { downloadText } from './download';
import { ActivityTable, DecisionTable } from './EsfLines';
import { periodOf, reportFileName } from './period';
import { DELIVERABLES, R, T } from './texts';

type Report = EsfReportQuery['esfReport'];

/** ESF-rapport: pick a period; its activities and decisions, each line to its events; CSV, JSON, print. */
export function EsfReportPage() {
  const [params, setParams] = useSearchParams();
  const period = periodOf(params);
  const [draft, setDraft] = useState({ from: period.from, to: period.to });
  const [result] = useQuery({
    query: EsfReportDocument,
    variables: { from: period.from, to: period.to },
    pause: !period.valid,
  });
  const report = result.data?.esfReport;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams({ fran: draft.from, till: draft.to });
  };
  /** The period's first or last day as typed, named `period-<end>` for tests. */
  const day = (end: 'from' | 'to') => ({
    value: draft[end],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [end]: e.target.value }),
    'data-testid': `period-${end}`,
  });
  return (
    <section className="esf-report" aria-labelledby="esf-heading" data-testid="esf-report">
      <Heading level={2} data-size="md" id="esf-heading">
        {R.heading} {period.valid ? `${period.from} – ${period.to}` : ''}
      </Heading>
      <Paragraph data-size="sm" className="no-print">
        {R.intro}
      </Paragraph>
      <form className="period-form no-print" onSubmit={submit}>
        <Textfield label={R.from} type="date" {...day('from')} />
        <Textfield label={R.to} type="date" {...day('to')} />
        <Button type="submit" data-testid="period-show">
          {R.show}
        </Button>
      </form>
      {!period.valid ? <Alert data-color="warning">{R.periodInvalid}</Alert> : null}
      {result.error ? <Alert data-color="danger">{T.failed(R.what, result.error.message)}</Alert> : null}
      {period.valid && !report && !result.error ? <Paragraph>{T.loading}</Paragraph> : null}
      {report ? <ReportBody report={report} /> : null}
    </section>
  );
}

function ReportBody({ report }: { report: Report }) {
  const download = (ext: 'csv' | 'json') =>
    downloadText(
      reportFileName(report.from, report.to, ext),
      ext === 'csv' ? esfReportCsv(report) : esfReportJson(report),
      ext === 'csv' ? 'text/csv' : 'application/json',
    );
  const p = report.participants;
  return (
    <div data-testid="esf-body" data-position={report.position ?? ''}>
      <div className="toolbar no-print">
        <Button variant="secondary" data-size="sm" onClick={() => download('csv')} data-testid="download-csv">
          {R.downloadCsv}
        </Button>
        <Button variant="secondary" data-size="sm" onClick={() => download('json')} data-testid="download-json">
          {R.downloadJson}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={() => window.print()}>
          {R.print}
        </Button>
      </div>
      <Paragraph data-size="sm">{R.readAt(report.position)}</Paragraph>
      <Heading level={3} data-size="sm">
        {R.summary}
      </Heading>
      <dl className="summary-list" data-testid="esf-summary">
        {report.activitiesByDeliverable.map((d) => (
          <div key={d.deliverable}>
            <dt>{DELIVERABLES[d.deliverable] ?? d.deliverable}</dt>
            <dd data-testid={`deliverable-${d.deliverable}`}>{d.activities}</dd>
          </div>
        ))}
        <div>
          <dt>{R.participantsTotal}</dt>
          <dd data-testid="participants-total">
            {p.total} ({R.activityHeaders[4]} {p.managers}, {R.activityHeaders[5]} {p.hr}, {R.activityHeaders[6]}{' '}
            {p.other}, {R.activityHeaders[7]} {p.named})
          </dd>
        </div>
      </dl>
      <Heading level={3} data-size="sm">
        {R.activitiesHeading}
      </Heading>
      {report.activities.length ? (
        <ActivityTable activities={report.activities} total={p} />
      ) : (
        <Paragraph>{R.noActivities}</Paragraph>
      )}
      <Heading level={3} data-size="sm">
        {R.decisionsHeading}
      </Heading>
      {report.decisions.length ? (
        <DecisionTable decisions={report.decisions} />
      ) : (
        <Paragraph>{R.noDecisions}</Paragraph>
      )}
    </div>
  );
}
