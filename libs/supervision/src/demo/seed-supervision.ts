import { CommandBus } from '@nestjs/cqrs';
import { devActor, devPerson, Role } from '@samverkan/auth';
import { Actor, CommandContext, entityIdFor, eventIdFor, PersonDirectory } from '@samverkan/core';
import { RunCampaignCommand, RunInspectionCommand } from '../application';
import { CampaignCommand, InspectionCommand } from '../domain';
import { DEMO_CAMPAIGNS } from './demo-campaigns';
import { DEMO_INSPECTIONS } from './demo-inspections';

/** A person a command names, for the person directory (the name never goes into an event). */
interface Person {
  id: string;
  name: string;
  organisation: string;
}

/** Who sends a command: AV's inspector, FK's collaboration officer, or the steering group (decisions). */
type By = 'inspector' | 'officer' | 'steering';

/** One command of the demo, with the stable key its command id derives from. */
type Step = { key: string; commandId: string } & StepCommand;

type StepCommand = { by: By; persons: Person[] } & (
  | { kind: 'campaign'; command: CampaignCommand }
  | { kind: 'inspection'; command: InspectionCommand }
);

const commandIdFor = (key: string) => eventIdFor(`demo:supervision:${key}`, 0);

/** Ids derived from a command id exactly as the GraphQL resolvers derive them. */
const inspectorId = (commandId: string, index: number) => `person-${entityIdFor(commandId, `inspector-${index}`)}`;
const participantId = (commandId: string, index: number) => `person-${entityIdFor(commandId, `participant-${index}`)}`;

/** The id the seed gives a demo campaign (from the key of its PlanCampaign command). */
export const demoCampaignId = (campaignKey: string) => entityIdFor(commandIdFor(`campaign:${campaignKey}:plan`));
/** The id the seed gives a demo inspection (from the key of its RecordInspection command). */
export const demoInspectionId = (inspectionKey: string) => entityIdFor(commandIdFor(`inspection:${inspectionKey}:record`));

/**
 * Every command of the demo in order: both campaigns planned and launched (and the decision on
 * hälsosamt's 2026 sectors), then the inspections by date, each with FK's participation, findings,
 * requirements, follow-ups and how it ended, and last the conclusion and evaluation of a campaign
 * that has them (after every inspection of it is closed or carried over). `now` is the moment
 * every command is decided at: the demo's dates are all in the past.
 */
function steps(now: Date): Step[] {
  const metadata = { now };
  const list: Step[] = [];
  const step = (key: string, build: (commandId: string) => StepCommand) => {
    const commandId = commandIdFor(key);
    list.push({ key, commandId, ...build(commandId) });
  };
  const inspector = (command: CampaignCommand): StepCommand => ({ kind: 'campaign', by: 'inspector', persons: [], command });

  for (const campaign of DEMO_CAMPAIGNS) {
    const campaignId = demoCampaignId(campaign.key);
    step(`campaign:${campaign.key}:plan`, (commandId) =>
      inspector({
        type: 'PlanCampaign',
        data: {
          campaignId: entityIdFor(commandId),
          name: campaign.name,
          focus: campaign.focus,
          period: { ...campaign.period },
          sectorsByYear: campaign.sectorsByYear.map((y) => ({ ...y, sectors: [...y.sectors] })),
        },
        metadata,
      }),
    );
    const { launchedOn, communication } = campaign.launch;
    step(`campaign:${campaign.key}:launch`, () =>
      inspector({ type: 'LaunchCampaign', data: { campaignId, launchedOn, communication: { ...communication } }, metadata }),
    );
    campaign.sectorChanges.forEach(({ sectors, reason }, index) => {
      step(`campaign:${campaign.key}:sectors:${index}`, () => ({
        kind: 'campaign',
        by: 'steering',
        persons: [],
        command: { type: 'ChangeCampaignSectors', data: { campaignId, sectors: { ...sectors, sectors: [...sectors.sectors] } }, metadata, reason },
      }));
    });
  }

  for (const inspection of DEMO_INSPECTIONS) {
    const { key } = inspection;
    const inspectionId = demoInspectionId(key);
    const av = (command: InspectionCommand): StepCommand => ({ kind: 'inspection', by: 'inspector', persons: [], command });
    step(`inspection:${key}:record`, (commandId) => ({
      kind: 'inspection',
      by: 'inspector',
      persons: inspection.otherInspectors.map((name, index) => ({ id: inspectorId(commandId, index), name, organisation: 'AV' })),
      command: {
        type: 'RecordInspection',
        data: {
          inspectionId: entityIdFor(commandId),
          // Status, period and sectors are read by the handler from the campaign's stream.
          campaign: { campaignId: demoCampaignId(inspection.campaign), status: 'NONE', period: { from: '', to: '' }, sectorsByYear: [] },
          level: inspection.level,
          principal: { ...inspection.principal },
          ...(inspection.workplace ? { workplace: inspection.workplace } : {}),
          sector: inspection.sector,
          region: inspection.region,
          inspectedOn: inspection.inspectedOn,
          inspectorIds: [devPerson(Role.AV_INSPECTOR).id, ...inspection.otherInspectors.map((_, index) => inspectorId(commandId, index))],
          // The handler reads the earlier workplace inspection from its stream.
          ...(inspection.basedOn
            ? {
                basis: {
                  inspectionId: demoInspectionId(inspection.basedOn),
                  exists: false,
                  campaignId: '',
                  level: 'WORKPLACE' as const,
                  principalOrganisationNumber: '',
                  inspectedOn: '',
                  systemDeficiencies: false,
                },
              }
            : {}),
        },
        metadata,
      },
    }));
    const fk = inspection.fkParticipation;
    if (fk) {
      step(`inspection:${key}:fk`, (commandId) => ({
        kind: 'inspection',
        by: 'officer',
        persons: fk.otherParticipants.map((name, index) => ({ id: participantId(commandId, index), name, organisation: 'FK' })),
        command: {
          type: 'RecordFkParticipation',
          data: {
            inspectionId,
            participantIds: [devPerson(Role.COLLABORATION_OFFICER).id, ...fk.otherParticipants.map((_, index) => participantId(commandId, index))],
            informedAbout: fk.informedAbout,
          },
          metadata,
        },
      }));
    }
    step(`inspection:${key}:findings`, () =>
      av({ type: 'RecordFindings', data: { inspectionId, findings: inspection.findings.map((f) => ({ ...f })) }, metadata }),
    );
    inspection.requirements.forEach((requirement, index) => {
      step(`inspection:${key}:requirement:${index}`, (commandId) =>
        av({
          type: 'IssueRequirement',
          data: { inspectionId, requirementId: entityIdFor(commandId, 'requirement'), ...requirement },
          metadata,
        }),
      );
    });
    inspection.followUps.forEach((followUp, index) => {
      step(`inspection:${key}:follow-up:${index}`, () => av({ type: 'RecordFollowUp', data: { inspectionId, ...followUp }, metadata }));
    });
    const { outcome } = inspection;
    if (outcome.kind === 'CLOSED') {
      step(`inspection:${key}:close`, () => av({ type: 'CloseInspection', data: { inspectionId, closedOn: outcome.closedOn }, metadata }));
    } else if (outcome.kind === 'CARRIED_OVER') {
      step(`inspection:${key}:carry-over`, () => av({ type: 'CarryOverInspection', data: { inspectionId }, metadata, reason: outcome.reason }));
    }
  }

  for (const campaign of DEMO_CAMPAIGNS) {
    const campaignId = demoCampaignId(campaign.key);
    const { conclusion, evaluation } = campaign;
    if (conclusion) {
      step(`campaign:${campaign.key}:conclude`, () =>
        inspector({
          type: 'ConcludeCampaign',
          // Where each inspection stands is read by the handler from the read model.
          data: { campaignId, concludedOn: conclusion.concludedOn, communication: { ...conclusion.communication }, inspections: [] },
          metadata,
        }),
      );
    }
    if (conclusion && evaluation) {
      step(`campaign:${campaign.key}:evaluate`, () =>
        inspector({ type: 'EvaluateCampaign', data: { campaignId, evaluatedOn: evaluation.evaluatedOn, summary: evaluation.summary }, metadata }),
      );
    }
  }
  return list;
}

/**
 * Loads the two joint supervision campaigns and their inspections through the real command path,
 * as the dev-token people: AV's inspector plans, launches, inspects and concludes; FK's
 * collaboration officer records FK's participation at principal level; the steering group takes
 * the decision on hälsosamt's 2026 sectors. Which principals became eligible for a principal-level
 * inspection is marked by the running app's process manager, not here. Every command id derives
 * from a demo key, so a second run replays each command and appends nothing. Named colleagues go
 * to the person directory under the ids the GraphQL resolvers would derive from the same command ids.
 */
export async function seedSupervision(commands: CommandBus, persons: PersonDirectory, onCommand: () => void = () => undefined): Promise<void> {
  const actors: Record<By, Actor> = {
    inspector: devActor(persons, Role.AV_INSPECTOR),
    officer: devActor(persons, Role.COLLABORATION_OFFICER),
    steering: devActor(persons, Role.STEERING_GROUP),
  };
  for (const step of steps(new Date())) {
    const context: CommandContext = { actor: actors[step.by], commandId: step.commandId, correlationId: step.commandId };
    for (const person of step.persons) persons.upsert(person.id, { name: person.name, organisation: person.organisation });
    if (step.kind === 'campaign') await commands.execute(new RunCampaignCommand(step.command, context));
    else await commands.execute(new RunInspectionCommand(step.command, context));
    onCommand();
  }
}

/** How many commands the supervision demo takes, for a progress bar. */
export function supervisionCommandCount(): number {
  return steps(new Date()).length;
}
