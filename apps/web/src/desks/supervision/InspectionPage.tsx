import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link, useParams } from 'react-router';
import { Section } from '../../app/DeskPage';
import { EntityPage, useEntityPage } from '../../app/EntityPage';
import type { OpenForm } from '../../forms/open-forms';
import { InspectionPageFragment, SupervisionInspectionDocument } from '../../gql/graphql';
import { InspectionCommands } from './InspectionCommands';
import { FRESH, PageEnd } from './parts';
import { LEVELS, SECTORS, T } from './texts';
import { EntityHeading } from '../../app/EntityHeading';

export type Inspection = InspectionPageFragment;

const names = (people: readonly { name?: string | null }[]) => people.map((p) => p.name ?? T.erased).join(', ');

/** One inspection: what was inspected, found and required, the follow-ups, FK's part, and the commands its status allows. */
export function InspectionPage() {
  const id = useParams().id ?? '';
  const page = useEntityPage({ query: SupervisionInspectionDocument, variables: { id }, requestPolicy: FRESH });
  const inspection = page.data?.inspection;
  const back = inspection
    ? { to: `/tillsyn/kampanj/${inspection.campaignId}`, label: T.backToCampaign, testid: 'back-to-campaign' }
    : null;
  return (
    <EntityPage page={page} entity={inspection} back={back} texts={T}>
      {(inspection) => <InspectionView inspection={inspection} forms={page.forms} />}
    </EntityPage>
  );
}

function InspectionView({ inspection: i, forms }: { inspection: Inspection; forms: OpenForm }) {
  return (
    <>
      <EntityHeading
        title={T.inspectionTitle(i.workplace ?? i.principal.name)}
        testid="inspection-status"
        status={i.status}
        labels={T.inspectionStatus}
      >
        version {i.revision}
        {i.closedOn ? ` · ${T.closedOn(i.closedOn)}` : ''}
      </EntityHeading>
      {i.carryOverReason ? <Paragraph>{T.carriedOver(i.carryOverReason)}</Paragraph> : null}
      <dl className="facts">
        <dt>{T.level}</dt>
        <dd data-testid="inspection-level">{LEVELS[i.level] ?? i.level}</dd>
        <dt>{T.principal}</dt>
        <dd>
          {i.principal.name} ({i.principal.organisationNumber})
        </dd>
        {i.workplace ? (
          <>
            <dt>{T.workplace}</dt>
            <dd>{i.workplace}</dd>
          </>
        ) : null}
        <dt>{T.sector}</dt>
        <dd>{SECTORS[i.sector] ?? i.sector}</dd>
        <dt>{T.region}</dt>
        <dd>{i.region}</dd>
        <dt>{T.inspectedOn}</dt>
        <dd>{i.inspectedOn}</dd>
        <dt>{T.inspectors}</dt>
        <dd>{names(i.inspectors)}</dd>
        {i.basedOnInspectionId ? (
          <>
            <dt>{T.basedOn}</dt>
            <dd>
              <Link to={`/tillsyn/inspektion/${i.basedOnInspectionId}`}>{T.basisLink}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <InspectionCommands inspection={i} forms={forms} />
      <Work inspection={i} />
      <PageEnd stream={`inspection-${i.id}`} forms={forms} testid="inspection" />
    </>
  );
}

/** Findings, requirements, follow-ups and FK's participation, each listed as recorded. */
function Work({ inspection: i }: { inspection: Inspection }) {
  const part = (
    key: string,
    heading: string,
    empty: string,
    items: { key: string; text: string; tag?: string; tagColor?: 'success' | 'warning' }[],
  ) => (
    <Section id={`${key}-heading`} heading={heading} none={items.length ? null : empty}>
      <ul data-testid={key}>
        {items.map((item) => (
          <li key={item.key}>
            {item.text} {item.tag ? <Tag data-color={item.tagColor ?? 'warning'}>{item.tag}</Tag> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
  return (
    <>
      {part(
        'findings',
        T.findingsHeading,
        T.noFindings,
        i.findings.map((f, n) => ({
          key: String(n),
          text: `${f.area}: ${f.description}`,
          tag: f.systemDeficiency ? T.systemDeficiency : undefined,
        })),
      )}
      {part(
        'requirements',
        T.requirementsHeading,
        T.noRequirements,
        i.requirements.map((r) => ({
          key: r.requirementId,
          text: T.requirementItem(r.description, r.issuedOn, r.dueDate),
        })),
      )}
      {part(
        'follow-ups',
        T.followUpsHeading,
        T.noFollowUps,
        i.followUps.map((f, n) => ({
          key: String(n),
          text: `${f.followedUpOn}: ${f.note}`,
          tag: f.requirementsMet ? T.met : T.notMet,
          tagColor: f.requirementsMet ? ('success' as const) : ('warning' as const),
        })),
      )}
      {part(
        'fk-participation',
        T.fkHeading,
        T.noFk,
        i.fkParticipants.length
          ? [
              { key: 'who', text: names(i.fkParticipants) },
              ...i.fkInformedAbout.map((text, n) => ({ key: `informed-${n}`, text: `${T.fkInformed}: ${text}` })),
            ]
          : [],
      )}
    </>
  );
}
