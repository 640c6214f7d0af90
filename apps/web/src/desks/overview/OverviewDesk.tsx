import { Heading } from '@digdir/designsystemet-react';
import { LabelledSelect } from '../../app/LabelledSelect';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useClient } from 'urql';
import { OverviewPlanYearsDocument, OverviewTipYearsDocument } from '../../gql/graphql';
import { yearChoices } from './figures';
import { CadenceSection, FunnelSection, PlanSection } from './sections';
import { SupervisionSection } from './SupervisionSection';
import './overview.css';

/**
 * The years the workspace has data for: the tip funnel's, and the plans' for a role that may read
 * plans (the dashboard may not; its refusal leaves the funnel's years).
 */
function useYearsWithData(): number[] | null {
  const client = useClient();
  const [years, setYears] = useState<number[] | null>(null);
  useEffect(() => {
    let alive = true;
    void Promise.all([
      client.query(OverviewTipYearsDocument, {}).toPromise(),
      client.query(OverviewPlanYearsDocument, {}).toPromise(),
    ]).then(([tips, plans]) => {
      if (!alive) return;
      setYears([
        ...(tips.data?.tipFunnelYears ?? []),
        ...(plans.data?.collaborationPlans.edges.map((e) => e.node.year) ?? []),
      ]);
    });
    return () => {
      alive = false;
    };
  }, [client]);
  return years;
}

/** Översikt: the tip funnel, the plan's activities, the forums' cadence and joint supervision for a year. */
export default function OverviewDesk() {
  const [params, setParams] = useSearchParams();
  const chosen = Number(params.get('ar'));
  // The year in the address (#/oversikt?ar=2024), else the last full year.
  const year = Number.isInteger(chosen) && chosen >= 2000 && chosen <= 2100 ? chosen : new Date().getFullYear() - 1;
  const dataYears = useYearsWithData();
  return (
    <div className="overview">
      <div className="page-head">
        <Heading level={1} data-size="lg">
          Översikt
        </Heading>
        <LabelledSelect
          label="År"
          fieldClass="toolbar"
          options={yearChoices(dataYears ?? [], year)}
          value={String(year)}
          data-testid="year-select"
          data-state={dataYears ? 'ready' : 'loading'}
          onChange={(e) => setParams({ ar: e.target.value }, { replace: true })}
        />
      </div>
      <div className="cards">
        <FunnelSection year={year} />
        <PlanSection year={year} />
        <CadenceSection year={year} />
        <SupervisionSection />
      </div>
    </div>
  );
}
