import { CommandBus } from '@nestjs/cqrs';
import { devActor, devPerson, Role } from '@samverkan/auth';
import { Actor, CommandContext, entityIdFor, eventIdFor, PersonDirectory } from '@samverkan/core';
import { demoInspectionId } from '@samverkan/supervision';
import { RunDialogueMeetingCommand, RunSelectionCommand } from '../application';
import { Agency, DialogueMeetingCommand, SelectionCommand, selectionIdFor } from '../domain';
import { DEMO_DIALOGUE_MEETINGS, DEMO_SELECTIONS, DemoDialogueActor } from './demo-dialogues';

/** A person a command names, for the person directory (the name never goes into an event). */
interface Person {
  id: string;
  name: string;
  organisation: string;
}

/** One command of the demo, with the stable key its command id derives from. */
type Step = { key: string; commandId: string } & StepCommand;

type StepCommand = { by: DemoDialogueActor; persons: Person[] } & (
  | { kind: 'selection'; command: SelectionCommand }
  | { kind: 'meeting'; command: DialogueMeetingCommand }
);

const ROLES: Record<DemoDialogueActor, Role> = {
  officer: Role.COLLABORATION_OFFICER,
  inspector: Role.AV_INSPECTOR,
  steering: Role.STEERING_GROUP,
};

const commandIdFor = (key: string) => eventIdFor(`demo:dialogue:${key}`, 0);

/** Ids derived from a command id exactly as the GraphQL resolver derives them. */
const participantId = (commandId: string, index: number) => `person-${entityIdFor(commandId, `participant-${index}`)}`;

/** The id the seed gives a demo dialogue meeting (from the key of its PlanDialogueMeeting command). */
export const demoDialogueMeetingId = (meetingKey: string) => entityIdFor(commandIdFor(`meeting:${meetingKey}:plan`));
/** The id the seed gives the n-th outcome of a demo dialogue meeting (from the key of its RecordDialogueOutcomes command). */
export const demoDialogueOutcomeId = (meetingKey: string, index: number) =>
  entityIdFor(commandIdFor(`meeting:${meetingKey}:outcomes`), `outcome-${index}`);

/** The agency a dev person takes part for (the steering group's dev person is FK's). */
const agencyOf = (by: DemoDialogueActor) => devPerson(ROLES[by]).organisation as Agency;

/**
 * Every command of the demo in order: the selections (each area and year), then the deselections,
 * then the meetings by planned date: planned, participants recorded, held or cancelled, outcomes
 * and their follow-ups. `now` is the moment every command is decided at: the dates of what was held,
 * recorded and followed up are in the past; only still-planned meetings lie ahead.
 */
function steps(now: Date): Step[] {
  const metadata = { now };
  const list: Step[] = [];
  const step = (key: string, build: (commandId: string) => StepCommand) => {
    const commandId = commandIdFor(key);
    list.push({ key, commandId, ...build(commandId) });
  };

  for (const selection of DEMO_SELECTIONS) {
    const { area, year } = selection;
    const selectionId = selectionIdFor(area, year);
    for (const { employer, reason, by } of selection.selected) {
      step(`selection:${selectionId}:select:${employer.organisationNumber}`, () => ({
        kind: 'selection',
        by,
        persons: [],
        command: {
          type: 'SelectEmployer',
          data: { selectionId, area, year, employer: { ...employer, criteria: employer.criteria.map((c) => ({ ...c })) } },
          metadata,
          reason,
        },
      }));
    }
  }
  for (const selection of DEMO_SELECTIONS) {
    const selectionId = selectionIdFor(selection.area, selection.year);
    for (const { organisationNumber, reason, by } of selection.deselected) {
      step(`selection:${selectionId}:deselect:${organisationNumber}`, () => ({
        kind: 'selection',
        by,
        persons: [],
        command: { type: 'DeselectEmployer', data: { selectionId, organisationNumber }, metadata, reason },
      }));
    }
  }

  for (const meeting of DEMO_DIALOGUE_MEETINGS) {
    const { key, by } = meeting;
    const meetingId = demoDialogueMeetingId(key);
    const run = (command: DialogueMeetingCommand, sender: DemoDialogueActor = by): StepCommand => ({
      kind: 'meeting',
      by: sender,
      persons: [],
      command,
    });
    step(`meeting:${key}:plan`, (commandId) =>
      run({
        type: 'PlanDialogueMeeting',
        data: {
          meetingId: entityIdFor(commandId),
          area: meeting.area,
          kind: meeting.kind,
          employers: meeting.employers.map((e) => ({ ...e })),
          plannedOn: meeting.plannedOn,
          audiences: [...meeting.audiences],
          topics: meeting.topics.map((t) => ({
            title: t.title,
            ...(t.citesInspection ? { citedInspectionId: demoInspectionId(t.citesInspection) } : {}),
          })),
          // Read by the handler: who is selected in the area, and the cited inspections.
          selectedInArea: [],
          citedInspections: [],
        },
        metadata,
      }),
    );
    meeting.participations.forEach((participation, index) => {
      step(`meeting:${key}:participants:${index}`, (commandId) => {
        const agency = agencyOf(participation.by);
        // As the resolver does with includeMe: the sender, then the named colleagues.
        const persons = participation.colleagues.map((name, i) => ({ id: participantId(commandId, i), name, organisation: agency }));
        return {
          ...run(
            {
              type: 'RecordDialogueParticipants',
              data: {
                meetingId,
                participants: [
                  { personId: devPerson(ROLES[participation.by]).id, agency },
                  ...persons.map((p) => ({ personId: p.id, agency })),
                ],
              },
              metadata,
            },
            participation.by,
          ),
          persons,
        };
      });
    });
    const { end } = meeting;
    if (end.kind === 'CANCELLED') {
      step(`meeting:${key}:cancel`, () => run({ type: 'CancelDialogueMeeting', data: { meetingId }, metadata, reason: end.reason }));
    } else if (end.kind === 'HELD') {
      step(`meeting:${key}:hold`, () =>
        run({ type: 'HoldDialogueMeeting', data: { meetingId, heldOn: end.heldOn, employerParticipants: end.employerParticipants }, metadata }),
      );
      step(`meeting:${key}:outcomes`, (commandId) =>
        run({
          type: 'RecordDialogueOutcomes',
          data: {
            meetingId,
            outcomes: end.outcomes.map((o, index) => ({
              outcomeId: entityIdFor(commandId, `outcome-${index}`),
              description: o.description,
              ...(o.followUpBy ? { followUpBy: o.followUpBy } : {}),
            })),
            recordedOn: end.outcomesRecordedOn,
          },
          metadata,
        }),
      );
      end.followUps.forEach((followUp, index) => {
        step(`meeting:${key}:follow-up:${index}`, () =>
          run({
            type: 'RecordDialogueFollowUp',
            data: {
              meetingId,
              outcomeId: demoDialogueOutcomeId(key, followUp.outcome),
              followedUpOn: followUp.followedUpOn,
              note: followUp.note,
              done: followUp.done,
            },
            metadata,
          }),
        );
      });
    }
  }
  return list;
}

/**
 * Loads the dialogue demo through the real command path, as the dev-token people: FK's
 * collaboration officer and AV's inspector select employers and run the targeted dialogues, the
 * steering group plans and holds the leadership dialogue. Topics cite inspections of the joint
 * supervision demo, so seed supervision first. Every command id derives from a demo key, so a
 * second run replays each command and appends nothing. Named colleagues go to the person directory
 * under the ids the GraphQL resolver would derive from the same command ids.
 */
export async function seedDialogue(commands: CommandBus, persons: PersonDirectory, onCommand: () => void = () => undefined): Promise<void> {
  const actors: Record<DemoDialogueActor, Actor> = {
    officer: devActor(persons, ROLES.officer),
    inspector: devActor(persons, ROLES.inspector),
    steering: devActor(persons, ROLES.steering),
  };
  for (const step of steps(new Date())) {
    const context: CommandContext = { actor: actors[step.by], commandId: step.commandId, correlationId: step.commandId };
    for (const person of step.persons) persons.upsert(person.id, { name: person.name, organisation: person.organisation });
    if (step.kind === 'selection') await commands.execute(new RunSelectionCommand(step.command, context));
    else await commands.execute(new RunDialogueMeetingCommand(step.command, context));
    onCommand();
  }
}

/** How many commands the dialogue demo takes, for a progress bar. */
export function dialogueCommandCount(): number {
  return steps(new Date()).length;
}
