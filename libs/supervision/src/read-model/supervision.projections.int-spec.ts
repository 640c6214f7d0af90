import { projectionSpecification } from '@samverkan/core/testing/projection-specification';
import {
  CampaignEvent,
  campaignStream,
  eligibilityStream,
  InspectionEvent,
  inspectionStream,
  supervisionModuleEvents,
} from '../domain';
import {
  aConcludedCampaign,
  closed,
  closingCommunication,
  findings,
  findingsRecorded,
  fkParticipated,
  followedUp,
  HEALTHY_ID,
  healthyPlanned,
  markedEligible,
  municipality,
  PERSON,
  principalInspected,
  requirementIssued,
  WELFARE_ID,
  welfarePlanned,
  workplaceInspected,
} from '../domain/testing/supervision.fixtures';
import { campaignProjection, eligibilityProjection, inspectionProjection } from './supervision.projections';
import { eligiblePrincipals, getCampaigns, inspectionsOfCampaign } from './supervision.queries';

const onCampaign = (events: CampaignEvent[], id = WELFARE_ID) =>
  events.map((e) => ({ ...e, stream: campaignStream(id) }));
const onInspection = (events: InspectionEvent[]) =>
  events.map((e) => ({ ...e, stream: inspectionStream(e.data.inspectionId) }));

describe('The campaign projection', () => {
  const spec = projectionSpecification(campaignProjection, [supervisionModuleEvents]);
  const campaign = (id: string) => (db: Parameters<typeof getCampaigns>[0]) =>
    getCampaigns(db, [id]).map(({ doc, revision }) => ({
      revision,
      status: doc.status,
      conclusion: doc.conclusion,
      sectors: doc.sectorsByYear,
      changes: doc.sectorChanges,
    }));

  it('keeps a concluded campaign with its counts and the revision it saw, unchanged when the events come again', () =>
    spec.given(onCampaign(aConcludedCampaign)).then(campaign(WELFARE_ID), [
      {
        revision: 2,
        status: 'CONCLUDED',
        conclusion: {
          on: '2025-11-18',
          communication: closingCommunication,
          closedInspections: 2,
          carriedOverInspections: 1,
        },
        sectors: welfarePlanned.data.sectorsByYear,
        changes: [],
      },
    ]));

  it('replaces a year’s sectors on a decision and keeps the decision with its reason', () => {
    const confirmed = { year: 2026, sectors: ['INDUSTRY' as const, 'CONSTRUCTION' as const], preliminary: false };
    const reason = 'Bekräftat';
    const changed: CampaignEvent = {
      type: 'CampaignSectorsChanged',
      data: { campaignId: HEALTHY_ID, sectors: confirmed, previous: null, reason },
    };
    const sectors = [healthyPlanned.data.sectorsByYear[0], confirmed];
    spec
      .given(onCampaign([healthyPlanned, changed], HEALTHY_ID))
      .then(campaign(HEALTHY_ID), [
        { revision: 1, status: 'PLANNED', conclusion: null, sectors, changes: [{ ...confirmed, reason }] },
      ]);
  });
});

describe('The inspection projection', () => {
  const spec = projectionSpecification(inspectionProjection, [supervisionModuleEvents]);
  const ofWelfare = (db: Parameters<typeof inspectionsOfCampaign>[0]) =>
    inspectionsOfCampaign(db, WELFARE_ID).map(({ doc, revision }) => ({
      id: doc.inspectionId,
      revision,
      status: doc.status,
      fk: doc.fkParticipantIds,
      counts: [doc.findings.length, doc.requirements.length, doc.followUps.length],
      deficiencies: doc.systemDeficiencies,
      closedOn: doc.closedOn,
    }));

  it('lists a campaign’s inspections in the order they were recorded, each with what happened to it', () => {
    const workplace = [workplaceInspected, findingsRecorded(), requirementIssued(), followedUp(), closed()];
    // FK's participation recorded twice lists its participant once.
    const principal = [principalInspected, fkParticipated(), fkParticipated()];
    spec.given(onInspection([...workplace, ...principal])).then(ofWelfare, [
      {
        id: workplaceInspected.data.inspectionId,
        revision: 4,
        status: 'CLOSED',
        fk: [],
        counts: [findings.length, 1, 1],
        deficiencies: true,
        closedOn: '2025-11-18',
      },
      {
        id: principalInspected.data.inspectionId,
        revision: 2,
        status: 'OPEN',
        fk: [PERSON.fk],
        counts: [0, 0, 0],
        deficiencies: false,
        closedOn: null,
      },
    ]);
  });
});

describe('The eligibility projection', () => {
  const spec = projectionSpecification(eligibilityProjection, [supervisionModuleEvents]);

  it('lists a principal marked eligible in its campaign once', () =>
    spec
      .given([{ ...markedEligible, stream: eligibilityStream(WELFARE_ID, municipality.organisationNumber) }])
      .then((db) => eligiblePrincipals(db, WELFARE_ID), [markedEligible.data]));
});
