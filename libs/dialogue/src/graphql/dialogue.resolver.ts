import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CONTENT_READERS, ContentOf, CorrelationId, CurrentActor, Role, Roles } from '@samverkan/auth';
import {
  Actor, commandContext, CommandContext, CommandResult, Connection, entityIdFor, ForbiddenError, normalisedOrganisationNumber, NotFoundError, payloadFields, PersonDirectory, positionCursor,
  toConnection,
} from '@samverkan/core';
import { toAreaCoverageType } from './dialogue.coverage-mapping';
import {
  DialogueMeetingsOfYearQuery, GetDialogueMeetingsQuery, ListDialogueMeetingsQuery, RunDialogueMeetingCommand, RunSelectionCommand, SelectionsOfYearQuery,
} from '../application';
import { Agency, DialogueMeetingCommand, SelectionCommand, selectionIdFor, stockholmDate } from '../domain';
import { dialogueCoverage } from '../read-model/dialogue.coverage';
import { DialogueMeetingDoc, SelectionDoc } from '../read-model/dialogue.documents';
import { Versioned } from '../read-model/dialogue.queries';
import {
  CancelDialogueMeetingInput, DeselectEmployerInput, DialogueMeetingsArgs, HoldDialogueMeetingInput, PlanDialogueMeetingInput,
  RecordDialogueFollowUpInput, RecordDialogueOutcomesInput, RecordDialogueParticipantsInput, SelectEmployerInput,
} from './dialogue.inputs';
import {
  AreaCoverageType, DialogueMeetingConnection, DialogueMeetingPayload, DialogueMeetingType, SelectionPayload, SelectionType,
} from './dialogue.types';

/** FK's collaboration officers and AV's inspectors run the dialogues together; the steering group holds the leadership dialogue. */
const DIALOGUE_ROLES = [Role.COLLABORATION_OFFICER, Role.AV_INSPECTOR];

@Resolver(() => DialogueMeetingType)
export class DialogueResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
  ) {}

  @Query(() => [SelectionType], { description: 'Employers selected for dialogue, per area, in a year.' })
  @Roles(...CONTENT_READERS)
  @ContentOf('employerSelection')
  async employerSelections(@Args('year', { type: () => Int }) year: number): Promise<SelectionType[]> {
    const rows = await this.queries.execute<SelectionsOfYearQuery, SelectionDoc[]>(new SelectionsOfYearQuery(year));
    return rows.map(toSelectionType);
  }

  @Query(() => DialogueMeetingConnection, { description: 'Dialogue meetings, newest planned first.' })
  @Roles(...CONTENT_READERS)
  @ContentOf('dialogueMeeting')
  async dialogueMeetings(@Args() { first, after, filter = {} }: DialogueMeetingsArgs): Promise<Connection<DialogueMeetingType>> {
    const before = positionCursor(after);
    const rows = await this.queries.execute<ListDialogueMeetingsQuery, Versioned<DialogueMeetingDoc>[]>(
      new ListDialogueMeetingsQuery({ ...filter, employer: filter.employer && normalisedOrganisationNumber(filter.employer) }, before, first + 1),
    );
    return toConnection(rows, first, (r) => r.doc.position, (r) => this.toMeetingType(r));
  }

  @Query(() => DialogueMeetingType)
  @Roles(...CONTENT_READERS)
  @ContentOf('dialogueMeeting')
  async dialogueMeeting(@Args('id') id: string): Promise<DialogueMeetingType> {
    return this.meetingType(id);
  }

  @Query(() => [AreaCoverageType], { description: 'Per area: employers selected, meetings held, outcomes followed up.' })
  @Roles(...CONTENT_READERS, Role.DASHBOARD)
  async dialogueCoverage(@Args('year', { type: () => Int }) year: number, @CurrentActor() actor: Actor): Promise<AreaCoverageType[]> {
    const selections = await this.queries.execute<SelectionsOfYearQuery, SelectionDoc[]>(new SelectionsOfYearQuery(year));
    const meetings = await this.queries.execute<DialogueMeetingsOfYearQuery, DialogueMeetingDoc[]>(new DialogueMeetingsOfYearQuery(year));
    // Areas are regions: for the dashboard, counts of 1–4 come back suppressed.
    const suppress = actor.role === Role.DASHBOARD;
    return dialogueCoverage(selections, meetings).map((area) => toAreaCoverageType(area, suppress));
  }

  @Mutation(() => SelectionPayload, { description: 'Selects an employer for dialogue in an area: a decision, with criteria and a reason.' })
  @Roles(...DIALOGUE_ROLES)
  selectEmployerForDialogue(@Args('input') input: SelectEmployerInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.select(
      {
        type: 'SelectEmployer',
        data: {
          selectionId: selectionIdFor(input.area, input.year),
          area: input.area,
          year: input.year,
          employer: { organisationNumber: normalisedOrganisationNumber(input.employer.organisationNumber), name: input.employer.name, criteria: input.criteria.map((c) => ({ ...c })) },
        },
        metadata: { now: new Date() },
        reason: input.reason,
      },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => SelectionPayload, { description: 'Withdraws a selection: a decision, with the reason.' })
  @Roles(...DIALOGUE_ROLES)
  deselectEmployerForDialogue(@Args('input') input: DeselectEmployerInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.select(
      {
        type: 'DeselectEmployer',
        data: { selectionId: selectionIdFor(input.area, input.year), organisationNumber: normalisedOrganisationNumber(input.organisationNumber) },
        metadata: { now: new Date() },
        reason: input.reason,
      },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => DialogueMeetingPayload, { description: 'Plans a dialogue: targeted (selected employers) or leadership.' })
  @Roles(...DIALOGUE_ROLES, Role.STEERING_GROUP)
  planDialogueMeeting(@Args('input') input: PlanDialogueMeetingInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    if (actor.role === Role.STEERING_GROUP && input.kind !== 'LEADERSHIP') {
      throw new ForbiddenError(DIALOGUE_ROLES, actor.role, 'The steering group plans leadership dialogues; targeted ones are the agencies’ staff’s');
    }
    const context = commandContext(actor, cid, input);
    return this.run(
      {
        type: 'PlanDialogueMeeting',
        data: {
          meetingId: entityIdFor(context.commandId),
          area: input.area,
          kind: input.kind,
          employers: input.employers.map((e) => ({ organisationNumber: normalisedOrganisationNumber(e.organisationNumber), name: e.name })),
          plannedOn: input.plannedOn,
          audiences: [...input.audiences],
          topics: input.topics.map((t) => ({ title: t.title, ...(t.citedInspectionId ? { citedInspectionId: t.citedInspectionId } : {}) })),
          // Read by the handler: who is selected in the area, and the cited inspections.
          selectedInArea: [],
          citedInspections: [],
        },
        metadata: { now: new Date() },
      },
      context,
    );
  }

  @Mutation(() => DialogueMeetingPayload, { description: 'FK and AV staff taking part; names go to the person directory.' })
  @Roles(...DIALOGUE_ROLES, Role.STEERING_GROUP)
  recordDialogueParticipants(@Args('input') input: RecordDialogueParticipantsInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const base = commandContext(actor, cid, input);
    const named = input.others.map((p, index) => ({ id: `person-${entityIdFor(base.commandId, `participant-${index}`)}`, fields: { name: p.name, organisation: p.agency } }));
    // Names go to the directory only once the participants are recorded: the pipeline writes them.
    const context = { ...base, people: named };
    const others = named.map((p) => ({ personId: p.id, agency: p.fields.organisation as Agency }));
    const me = input.includeMe && (actor.organisation === 'FK' || actor.organisation === 'AV') ? [{ personId: actor.id, agency: actor.organisation as Agency }] : [];
    return this.run(
      { type: 'RecordDialogueParticipants', data: { meetingId: input.meetingId, participants: [...me, ...others] }, metadata: { now: new Date() } },
      context,
    );
  }

  @Mutation(() => DialogueMeetingPayload, { description: 'Held: only with both FK and AV among the participants.' })
  @Roles(...DIALOGUE_ROLES, Role.STEERING_GROUP)
  holdDialogueMeeting(@Args('input') input: HoldDialogueMeetingInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.run(
      { type: 'HoldDialogueMeeting', data: { meetingId: input.meetingId, heldOn: input.heldOn ?? stockholmDate(now), employerParticipants: input.employerParticipants }, metadata: { now } },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => DialogueMeetingPayload, { description: 'Cancels a planned dialogue: a decision, with the reason.' })
  @Roles(...DIALOGUE_ROLES, Role.STEERING_GROUP)
  cancelDialogueMeeting(@Args('input') input: CancelDialogueMeetingInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    return this.run(
      { type: 'CancelDialogueMeeting', data: { meetingId: input.meetingId }, metadata: { now: new Date() }, reason: input.reason },
      commandContext(actor, cid, input),
    );
  }

  @Mutation(() => DialogueMeetingPayload, { description: 'What the dialogue led to, after it was held.' })
  @Roles(...DIALOGUE_ROLES, Role.STEERING_GROUP)
  recordDialogueOutcomes(@Args('input') input: RecordDialogueOutcomesInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const context = commandContext(actor, cid, input);
    const now = new Date();
    return this.run(
      {
        type: 'RecordDialogueOutcomes',
        data: {
          meetingId: input.meetingId,
          outcomes: input.outcomes.map((o, index) => ({
            outcomeId: entityIdFor(context.commandId, `outcome-${index}`),
            description: o.description,
            ...(o.followUpBy ? { followUpBy: o.followUpBy } : {}),
          })),
          recordedOn: input.recordedOn ?? stockholmDate(now),
        },
        metadata: { now },
      },
      context,
    );
  }

  @Mutation(() => DialogueMeetingPayload, { description: 'A follow-up of one outcome.' })
  @Roles(...DIALOGUE_ROLES, Role.STEERING_GROUP)
  recordDialogueFollowUp(@Args('input') input: RecordDialogueFollowUpInput, @CurrentActor() actor: Actor, @CorrelationId() cid: string) {
    const now = new Date();
    return this.run(
      {
        type: 'RecordDialogueFollowUp',
        data: { meetingId: input.meetingId, outcomeId: input.outcomeId, followedUpOn: input.followedUpOn ?? stockholmDate(now), note: input.note, done: input.done },
        metadata: { now },
      },
      commandContext(actor, cid, input),
    );
  }

  private async select(command: SelectionCommand, context: CommandContext): Promise<SelectionPayload> {
    const result = await this.commands.execute<RunSelectionCommand, CommandResult>(new RunSelectionCommand(command, context));
    const year = Number(command.data.selectionId.split('_').at(-1));
    const selections = await this.queries.execute<SelectionsOfYearQuery, SelectionDoc[]>(new SelectionsOfYearQuery(year));
    const selection = selections.find((s) => s.selectionId === command.data.selectionId);
    if (!selection) throw new NotFoundError('Selection', command.data.selectionId);
    return { ...payloadFields(result, context), selection: toSelectionType(selection) };
  }

  private async run(command: DialogueMeetingCommand, context: CommandContext): Promise<DialogueMeetingPayload> {
    const result = await this.commands.execute<RunDialogueMeetingCommand, CommandResult>(new RunDialogueMeetingCommand(command, context));
    return { ...payloadFields(result, context), meeting: await this.meetingType(command.data.meetingId) };
  }

  private async meetingType(id: string): Promise<DialogueMeetingType> {
    const [row] = await this.queries.execute<GetDialogueMeetingsQuery, Versioned<DialogueMeetingDoc>[]>(new GetDialogueMeetingsQuery([id]));
    if (!row) throw new NotFoundError('DialogueMeeting', id);
    return this.toMeetingType(row);
  }

  private toMeetingType({ doc, revision }: Versioned<DialogueMeetingDoc>): DialogueMeetingType {
    return {
      ...doc,
      id: doc.meetingId,
      topics: doc.topics.map((t) => ({ title: t.title, citedInspectionId: t.citedInspectionId ?? null })),
      participants: doc.participants.map((p) => ({ ...p, name: this.persons.displayName(p.personId) })),
      revision,
    };
  }
}

function toSelectionType(doc: SelectionDoc): SelectionType {
  return { id: doc.selectionId, area: doc.area, year: doc.year, employers: doc.employers };
}
