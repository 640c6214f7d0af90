import { Alert, Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { LabelledSelect } from '../../app/LabelledSelect';
import { FormEvent, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { OverviewCampaignsDocument, OverviewInspectionsDocument, OverviewInspectionsQuery } from '../../gql/graphql';
import { figureCell } from './CountFigure';
import { Figure } from '../../explain/Figure';
import { countValue } from './figures';
import {
  BarChart,
  COLOURS,
  countAxis,
  DataTable,
  Figures,
  forbidden,
  labelAxis,
  Problem,
  Section,
  stateOf,
} from './parts';
import { CAMPAIGN_STATUS, LEVELS, SECTORS, T } from './texts';

const S = T.supervision;
type Dashboard = OverviewInspectionsQuery['inspectionsDashboard'];

/** A campaign's inspections by level and sector; a role that may not list campaigns (DASHBOARD) names one by id. */
export function SupervisionSection() {
  const [campaigns] = useQuery({ query: OverviewCampaignsDocument });
  const [chosen, setChosen] = useState<string>();
  const list = campaigns.data?.supervisionCampaigns;
  const byId = campaigns.error && forbidden(campaigns.error);
  const campaignId = chosen ?? list?.[0]?.id;
  const [inspections] = useQuery({
    query: OverviewInspectionsDocument,
    variables: { campaignId: campaignId ?? '' },
    pause: !campaignId,
  });
  let state = stateOf(campaigns, !!list && !list.length);
  if (byId) state = 'forbidden';
  else if (state === 'ready') state = inspections.error ? stateOf(inspections) : inspections.data ? 'ready' : 'loading';
  return (
    <Section testid="section-supervision" title={S.title} intro={S.intro} wide state={state}>
      {byId ? <ById /> : null}
      {campaigns.error && !byId ? <Problem what={S.listWhat} error={campaigns.error} /> : null}
      {list && !list.length ? (
        <p role="status" data-testid="supervision-empty">
          {S.empty}
        </p>
      ) : null}
      {list?.length ? (
        <>
          <LabelledSelect
            label={S.campaign}
            fieldClass="toolbar"
            options={list.map((c) => ({
              value: c.id,
              label: `${c.name} (${c.period.from} – ${c.period.to}, ${CAMPAIGN_STATUS[c.status] ?? c.status})`,
            }))}
            value={campaignId}
            onChange={(e) => setChosen(e.target.value)}
            data-testid="campaign-select"
          />
          {inspections.error ? <Problem what={S.what} error={inspections.error} /> : null}
          {inspections.data ? <Inspections dashboard={inspections.data.inspectionsDashboard} /> : null}
        </>
      ) : null}
    </Section>
  );
}

function ById() {
  const [input, setInput] = useState('');
  const [campaignId, setCampaignId] = useState<string>();
  const [result] = useQuery({
    query: OverviewInspectionsDocument,
    variables: { campaignId: campaignId ?? '' },
    pause: !campaignId,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCampaignId(input.trim());
  };
  return (
    <>
      <Alert data-color="warning" data-testid="forbidden">
        {S.byId}
      </Alert>
      <form className="toolbar" onSubmit={submit}>
        <Textfield
          label={S.campaignId}
          required
          autoComplete="off"
          value={input}
          onChange={(e) => setInput(e.target.value)}
          data-testid="campaign-id"
        />
        <Button type="submit">{S.show}</Button>
      </form>
      {result.error ? <Problem what={S.byIdWhat} error={result.error} /> : null}
      {result.data ? <Inspections dashboard={result.data.inspectionsDashboard} /> : null}
    </>
  );
}

function bars(cells: Dashboard['byLevel'], labels: Record<string, string>, colour: string) {
  return {
    type: 'bar' as const,
    data: {
      labels: cells.map((c) => labels[c.key] ?? c.key),
      datasets: [{ label: S.dataset, data: cells.map((c) => countValue(c.count)), backgroundColor: colour }],
    },
    options: {
      indexAxis: 'y' as const,
      plugins: { legend: { display: false } },
      scales: { x: countAxis(S.axis), y: labelAxis },
    },
  };
}

function Inspections({ dashboard: d }: { dashboard: Dashboard }) {
  const level = useMemo(() => bars(d.byLevel, LEVELS, COLOURS[3]), [d]);
  const sector = useMemo(() => bars(d.bySector, SECTORS, COLOURS[4]), [d]);
  const suppressed = [...d.byLevel, ...d.bySector].some((c) => c.count.suppressed);
  const inspectionCell = { figure: 'inspectionsDashboard', measure: 'inspections', campaignId: d.campaignId };
  return (
    <div className="supervision-result">
      <p className="headline">
        <Figure value={d.total} cell={inspectionCell} />
        {S.headline[0]}
        <Figure value={d.workplaceInspections} cell={{ ...inspectionCell, groupBy: 'level', key: 'WORKPLACE' }} />
        {S.headline[1]}
        <Figure value={d.withSystemDeficiencies} cell={{ ...inspectionCell, measure: 'withSystemDeficiencies' }} />
        {S.headline[2]}
      </p>
      {suppressed ? <Alert data-color="info">{T.suppressedNoteCharts}</Alert> : null}
      <div className="pair">
        <Breakdown by="level" cells={d.byLevel} config={level} labels={LEVELS} cell={inspectionCell} />
        <Breakdown by="sector" cells={d.bySector} config={sector} labels={SECTORS} cell={inspectionCell} />
      </div>
    </div>
  );
}

/** The inspections by level or by sector: a chart, and under it the table with each count's events. */
function Breakdown({
  by,
  cells,
  config,
  labels,
  cell,
}: {
  by: 'level' | 'sector';
  cells: Dashboard['byLevel'];
  config: ReturnType<typeof bars>;
  labels: Record<string, string>;
  cell: { figure: string; measure: string; campaignId: string };
}) {
  const texts = {
    level: { heading: S.byLevel, chart: S.levelChart, caption: S.levelCaption, headers: S.levelHeaders },
    sector: { heading: S.bySector, chart: S.sectorChart, caption: S.sectorCaption, headers: S.sectorHeaders },
  }[by];
  return (
    <div>
      <Heading level={3} data-size="xs">
        {texts.heading}
      </Heading>
      <BarChart testid={`inspections-${by}-chart`} label={texts.chart} height={220} config={config} />
      <Figures>
        <DataTable
          testid={`inspections-${by}-table`}
          caption={texts.caption}
          headers={texts.headers}
          rows={cells.map((c) => [labels[c.key] ?? c.key, figureCell(c.count, { ...cell, groupBy: by, key: c.key })])}
        />
      </Figures>
    </div>
  );
}
