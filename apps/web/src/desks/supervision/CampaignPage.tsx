import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link, useParams } from 'react-router';
import { EntityPage, useEntityPage } from '../../app/EntityPage';
import type { OpenForm } from '../../forms/open-forms';
import { CampaignPageFragment, SupervisionCampaignDocument } from '../../gql/graphql';
import { CampaignCommands } from './CampaignCommands';
import { Dashboard } from './Dashboard';
import { Milestones } from './Milestones';
import { FRESH, Listing, PageEnd } from './parts';
import { CAMPAIGN_STATUS, LEVELS, SECTORS, T } from './texts';
import { Section } from '../../app/DeskPage';
import { EntityHeading } from '../../app/EntityHeading';
import { HeadedList } from '../../app/HeadedList';

export type Campaign = CampaignPageFragment;

export const sectorNames = (sectors: readonly string[]) => sectors.map((s) => SECTORS[s] ?? s).join(', ');

/** One campaign: its plan and communications, the commands its status allows, its dashboard and its inspections. */
export function CampaignPage() {
  const id = useParams().id ?? '';
  const page = useEntityPage({ query: SupervisionCampaignDocument, variables: { id }, requestPolicy: FRESH });
  const back = { to: '/tillsyn', label: T.back, testid: 'back-to-campaigns' };
  return (
    <EntityPage page={page} entity={page.data?.supervisionCampaign} back={back} texts={T}>
      {(campaign) => <CampaignView campaign={campaign} regions={page.data?.regions ?? []} forms={page.forms} />}
    </EntityPage>
  );
}

function CampaignView({ campaign, regions, forms }: { campaign: Campaign; regions: string[]; forms: OpenForm }) {
  // The dashboard is read again whenever an inspection of the campaign changes.
  const version = campaign.inspections.map((i) => `${i.id}:${i.revision}`).join();
  return (
    <>
      <EntityHeading title={campaign.name} testid="campaign-status" status={campaign.status} labels={CAMPAIGN_STATUS}>
        {T.period} {campaign.period.from} – {campaign.period.to} · {T.leadPartner(campaign.lead, campaign.partner)} ·
        version {campaign.revision}
      </EntityHeading>
      <Paragraph>
        {T.focus}: {campaign.focus}
      </Paragraph>
      <CampaignCommands campaign={campaign} regions={regions} forms={forms} />
      <Section id="sectors-heading" heading={T.sectorsHeading}>
        <ul data-testid="sector-years">
          {campaign.sectorsByYear.map((y) => (
            <li key={y.year} data-testid="sector-year" data-year={y.year} data-preliminary={y.preliminary}>
              <strong>{y.year}</strong>: {sectorNames(y.sectors)}{' '}
              {y.preliminary ? <Tag data-color="warning">{T.preliminary}</Tag> : null}
            </li>
          ))}
        </ul>
        <HeadedList
          heading={T.sectorChangesHeading}
          level={3}
          items={campaign.sectorChanges}
          testid="sector-changes"
          ordered
        >
          {(c) => T.sectorChange(c.year, sectorNames(c.sectors), c.reason)}
        </HeadedList>
      </Section>
      <Milestones campaign={campaign} />
      <Dashboard campaignId={campaign.id} version={version} />
      <EligiblePrincipals campaign={campaign} />
      <Inspections campaign={campaign} />
      <PageEnd stream={`campaign-${campaign.id}`} forms={forms} testid="campaign" />
    </>
  );
}

const inspectedAtPrincipalLevel = (campaign: Campaign, organisationNumber: string) =>
  campaign.inspections.some((i) => i.level === 'PRINCIPAL' && i.principal.organisationNumber === organisationNumber);

function EligiblePrincipals({ campaign }: { campaign: Campaign }) {
  return (
    <Section id="eligible-heading" heading={T.eligibleHeading}>
      <Paragraph data-size="sm">{T.eligibleIntro}</Paragraph>
      {!campaign.eligiblePrincipals.length ? <Paragraph>{T.noEligible}</Paragraph> : null}
      <ul data-testid="eligible-principals">
        {campaign.eligiblePrincipals.map((p) => (
          <li key={p.organisationNumber} data-testid="eligible-principal" data-organisation={p.organisationNumber}>
            {T.eligibleItem(p.principalName, p.organisationNumber, p.markedOn)}{' '}
            {inspectedAtPrincipalLevel(campaign, p.organisationNumber) ? (
              <Tag data-color="success" data-testid="principal-inspected">
                {T.principalInspected}
              </Tag>
            ) : null}{' '}
            · <Link to={`/tillsyn/inspektion/${p.basedOnInspectionId}`}>{T.basisLink}</Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Inspections({ campaign }: { campaign: Campaign }) {
  return (
    <Section
      id="inspections-heading"
      heading={T.inspectionsHeading}
      none={!campaign.inspections.length ? T.noInspections : null}
    >
      {campaign.inspections.length ? (
        <Listing
          caption={T.inspectionsHeading}
          captionHidden
          columns={T.inspectionColumns}
          testid="inspections"
          rowTestid="inspection-row"
          rows={campaign.inspections.map((i) => ({
            key: i.id,
            attributes: { 'data-inspection': i.id, 'data-status': i.status },
            cells: [
              <>
                <Link to={`/tillsyn/inspektion/${i.id}`}>{i.workplace ?? i.principal.name}</Link>
                {i.systemDeficiencies ? ` (${T.systemDeficiencies})` : ''}
              </>,
              LEVELS[i.level] ?? i.level,
              SECTORS[i.sector] ?? i.sector,
              i.region,
              i.inspectedOn,
              T.inspectionStatus[i.status] ?? i.status,
            ],
          }))}
        />
      ) : null}
    </Section>
  );
}
