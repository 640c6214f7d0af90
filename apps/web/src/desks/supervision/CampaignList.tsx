import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { PlanSupervisionCampaignDocument, SupervisionCampaignsDocument } from '../../gql/graphql';
import { PLAN_DEFAULTS, PLAN_FIELDS, sectorPlan } from './supervision-fields';
import { CAMPAIGN_STATUS, SUPERVISION_RULES, T } from './texts';
import { AddForm, ListPage } from '../../app/ListPage';
import { EntityCard } from '../../app/EntityCard';

/** Every campaign by the start of its period, and the form that plans a new one. */
export function CampaignList() {
  const [read] = useQuery({ query: SupervisionCampaignsDocument, requestPolicy: 'cache-and-network' });
  const navigate = useNavigate();
  const campaigns = read.data?.supervisionCampaigns ?? [];
  return (
    <ListPage
      texts={T}
      id="campaigns-heading"
      heading={T.campaignsHeading}
      read={read}
      count={campaigns.length}
      none={T.noCampaigns}
      form={
        <AddForm
          name="plan"
          label={T.commands.plan}
          mutation={PlanSupervisionCampaignDocument}
          rules={SUPERVISION_RULES}
          fields={PLAN_FIELDS}
          defaults={PLAN_DEFAULTS}
          toInput={(v) => ({
            name: v.name.trim(),
            focus: v.focus.trim(),
            period: { from: v.from, to: v.to },
            sectorsByYear: sectorPlan(v),
          })}
          onDone={(d) => navigate(`/tillsyn/kampanj/${d.planSupervisionCampaign.campaign.id}`)}
        />
      }
    >
      <ul className="plan-list" data-testid="campaign-list">
        {campaigns.map((c) => (
          <li key={c.id}>
            <EntityCard
              testid="campaign-card"
              marks={{ 'data-campaign': c.id }}
              size="sm"
              title={<Link to={`/tillsyn/kampanj/${c.id}`}>{c.name}</Link>}
              status={{ label: CAMPAIGN_STATUS[c.status] ?? c.status, color: 'info' }}
              line={`${c.period.from} – ${c.period.to}`}
            />
          </li>
        ))}
      </ul>
    </ListPage>
  );
}
