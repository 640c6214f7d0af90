import { CommandBus } from '@nestjs/cqrs';
import { devActor, Role } from '@samverkan/auth';
import { CommandContext, entityIdFor, eventIdFor, PersonDirectory } from '@samverkan/core';
import { namedParticipantId, RunActivityCommand } from '../application';
import { ActivityCommand } from '../domain';
import { DEMO_PROJECT_ACTIVITIES, DemoParticipants } from './demo-momentum';

/** A person a command names, for the person directory (the name never goes into an event). */
interface Person {
  id: string;
  name: string;
  organisation: string;
  email?: string;
}

/** One command of the demo, with the stable key its command id derives from and the people it names. */
interface Step {
  key: string;
  commandId: string;
  command: ActivityCommand;
  persons: Person[];
}

const commandIdFor = (key: string) => eventIdFor(`demo:momentum:${key}`, 0);

/** The id the seed gives a demo activity (from the key of its PlanActivity command), as the resolver derives it. */
export const demoProjectActivityId = (activityKey: string) => entityIdFor(commandIdFor(`activity:${activityKey}:plan`));

/**
 * Every command of the demo, activity by activity in date order: planned, moved, held or
 * cancelled, participants (and a correction), evaluation. `now` is the moment every command is
 * decided at: every held date is in the past.
 */
function steps(now: Date): Step[] {
  const metadata = { now };
  const list: Step[] = [];
  const step = (key: string, build: (commandId: string) => { command: ActivityCommand; persons?: Person[] }) => {
    const commandId = commandIdFor(key);
    const { command, persons = [] } = build(commandId);
    list.push({ key, commandId, command, persons });
  };
  const participants = (commandId: string, given: DemoParticipants) => {
    const persons = given.named.map((p, index) => ({ id: namedParticipantId(commandId, index), ...p }));
    return {
      persons,
      data: {
        organisations: given.organisations.map((o) => ({ organisation: o.organisation, participants: { ...o.participants } })),
        namedParticipants: persons.map((p) => ({ personId: p.id, organisation: p.organisation })),
      },
    };
  };

  for (const demo of DEMO_PROJECT_ACTIVITIES) {
    const { key, outcome } = demo;
    const activityId = demoProjectActivityId(key);
    step(`activity:${key}:plan`, (commandId) => ({
      command: {
        type: 'PlanActivity',
        data: {
          activityId: entityIdFor(commandId),
          kind: demo.kind,
          title: demo.title,
          organiser: demo.organiser,
          date: demo.movedFrom ?? demo.date,
          place: demo.place,
          ...(demo.country ? { country: demo.country } : {}),
          ...(demo.region ? { region: demo.region } : {}),
          expectedParticipants: demo.expectedParticipants,
        },
        metadata,
      },
    }));
    if (demo.movedFrom) {
      step(`activity:${key}:reschedule`, () => ({ command: { type: 'RescheduleActivity', data: { activityId, date: demo.date }, metadata } }));
    }
    if (outcome.kind === 'CANCELLED') {
      step(`activity:${key}:cancel`, () => ({ command: { type: 'CancelActivity', data: { activityId }, metadata, reason: outcome.reason } }));
    }
    if (outcome.kind !== 'HELD') continue;
    step(`activity:${key}:hold`, () => ({
      command: { type: 'HoldActivity', data: { activityId, heldOn: outcome.heldOn, summary: outcome.summary }, metadata },
    }));
    step(`activity:${key}:participants`, (commandId) => {
      const { persons, data } = participants(commandId, outcome.participants);
      return { persons, command: { type: 'RecordParticipants', data: { activityId, ...data }, metadata } };
    });
    const { correction, evaluation } = outcome;
    if (correction) {
      step(`activity:${key}:participants:correction`, (commandId) => {
        const { persons, data } = participants(commandId, correction.participants);
        return { persons, command: { type: 'RecordParticipants', data: { activityId, ...data }, metadata, reason: correction.reason } };
      });
    }
    if (evaluation) {
      step(`activity:${key}:evaluate`, () => ({
        command: { type: 'ReportEvaluation', data: { activityId, scale: evaluation.scale, respondents: evaluation.respondents }, metadata },
      }));
    }
  }
  return list;
}

/**
 * Loads the Momentum activities demo through the real command path, as the dev steering-group
 * person (project staff). Participating employers are the forums demo's, but nothing here reads
 * the forums' streams, so the order of seeding does not matter. Every command id derives from a
 * demo key, so a second run replays each command and appends nothing.
 */
export async function seedMomentum(commands: CommandBus, persons: PersonDirectory, onCommand: () => void = () => undefined): Promise<void> {
  const actor = devActor(persons, Role.STEERING_GROUP);
  for (const step of steps(new Date())) {
    for (const person of step.persons) {
      persons.upsert(person.id, { name: person.name, email: person.email ?? null, organisation: person.organisation });
    }
    const context: CommandContext = { actor, commandId: step.commandId, correlationId: step.commandId };
    await commands.execute(new RunActivityCommand(step.command, context));
    onCommand();
  }
}

/** How many commands the Momentum demo takes, for a progress bar. */
export function momentumCommandCount(): number {
  return steps(new Date()).length;
}
