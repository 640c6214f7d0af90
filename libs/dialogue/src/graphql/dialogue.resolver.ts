import { Args, Int } from '@nestjs/graphql';
import { CommandMutation, CommandResolver, ContentQuery, CurrentActor, DashboardQuery, Role } from '@samverkan/auth';
import {
  Actor,
  CommandInput,
  CommandResolverOf,
  Connection,
  decisionOf,
  fieldsOf,
  normalisedOrganisationNumber,
  NotFoundError,
  positionPage,
  requestOf,
  Sender,
  sentPayload,
} from '@samverkan/core';
import { toAreaCoverageType } from './dialogue.coverage-mapping';
import {
  DIALOGUE_ROLES,
  dialogueMeetingEndpoint,
  DialogueMeetingRequest,
  DialogueMeetingsOfYearQuery,
  GetDialogueMeetingsQuery,
  ListDialogueMeetingsQuery,
  selectionEndpoint,
  SelectionRequest,
  SelectionsOfYearQuery,
} from '../application';
import { selectionIdFor } from '../domain';
import { dialogueCoverage } from '../read-model/dialogue.coverage';
import { DialogueMeetingDoc, SelectionDoc } from '../read-model/dialogue.documents';
import { Versioned } from '../read-model/dialogue.queries';
import {
  CancelDialogueMeetingInput,
  DeselectEmployerInput,
  DialogueMeetingsArgs,
  HoldDialogueMeetingInput,
  PlanDialogueMeetingInput,
  RecordDialogueFollowUpInput,
  RecordDialogueOutcomesInput,
  RecordDialogueParticipantsInput,
  SelectEmployerInput,
} from './dialogue.inputs';
import {
  AreaCoverageType,
  DialogueMeetingConnection,
  DialogueMeetingPayload,
  DialogueMeetingType,
  SelectionPayload,
  SelectionType,
} from './dialogue.types';

/** Selecting employers is FK's and AV's: a request to the selection's own endpoint, with its own payload. */
const SELECTION = { payload: () => SelectionPayload, roles: DIALOGUE_ROLES, via: 'sendSelection' } as const;

@CommandResolver(() => DialogueMeetingPayload, [...DIALOGUE_ROLES, Role.STEERING_GROUP])
export class DialogueResolver extends CommandResolverOf(dialogueMeetingEndpoint) {
  @ContentQuery(() => [SelectionType], 'employerSelection', 'Employers selected for dialogue, per area, in a year.')
  async employerSelections(@Args('year', { type: () => Int }) year: number): Promise<SelectionType[]> {
    const rows = await this.queries.execute(new SelectionsOfYearQuery(year));
    return rows.map(toSelectionType);
  }

  @ContentQuery(() => DialogueMeetingConnection, 'dialogueMeeting', 'Dialogue meetings, newest planned first.')
  async dialogueMeetings(@Args() args: DialogueMeetingsArgs): Promise<Connection<DialogueMeetingType>> {
    const { employer } = args.filter ?? {};
    const filter = { ...args.filter, employer: employer && normalisedOrganisationNumber(employer) };
    return positionPage(this.queries, ListDialogueMeetingsQuery, filter, args, (r) => this.toMeetingType(r));
  }

  @ContentQuery(() => DialogueMeetingType, 'dialogueMeeting')
  async dialogueMeeting(@Args('id') id: string): Promise<DialogueMeetingType> {
    return this.meetingType(id);
  }

  @DashboardQuery(() => [AreaCoverageType], 'Per area: employers selected, meetings held, outcomes followed up.')
  async dialogueCoverage(
    @Args('year', { type: () => Int }) year: number,
    @CurrentActor() actor: Actor,
  ): Promise<AreaCoverageType[]> {
    const selections = await this.queries.execute(new SelectionsOfYearQuery(year));
    const meetings = await this.queries.execute(new DialogueMeetingsOfYearQuery(year));
    // Areas are regions: for the dashboard, counts of 1–4 come back suppressed.
    const suppress = actor.role === Role.DASHBOARD;
    return dialogueCoverage(selections, meetings).map((area) => toAreaCoverageType(area, suppress));
  }

  @CommandMutation({
    description: 'Selects an employer for dialogue in an area: a decision, with criteria and a reason.',
    ...SELECTION,
  })
  selectEmployerForDialogue(input: SelectEmployerInput): SelectionRequest {
    const { organisationNumber, name } = input.employer;
    const employer = { organisationNumber, name, criteria: input.criteria.map((c) => ({ ...c })) };
    const data = { area: input.area, year: input.year, employer };
    return { type: 'SelectEmployer', data, reason: input.reason };
  }

  @CommandMutation({ description: 'Withdraws a selection: a decision, with the reason.', ...SELECTION })
  deselectEmployerForDialogue(input: DeselectEmployerInput): SelectionRequest {
    return decisionOf('DeselectEmployer', input, 'area', 'year', 'organisationNumber');
  }

  @CommandMutation('Plans a dialogue: targeted (selected employers) or leadership.')
  planDialogueMeeting(input: PlanDialogueMeetingInput): DialogueMeetingRequest {
    const data = {
      ...fieldsOf(input, 'area', 'kind'),
      employers: input.employers.map((e) => ({ organisationNumber: e.organisationNumber, name: e.name })),
      plannedOn: input.plannedOn,
      audiences: [...input.audiences],
      topics: input.topics.map((t) => ({
        title: t.title,
        ...(t.citedInspectionId ? { citedInspectionId: t.citedInspectionId } : {}),
      })),
    };
    return { type: 'PlanDialogueMeeting', data };
  }

  @CommandMutation('FK and AV staff taking part; names go to the person directory.')
  recordDialogueParticipants(input: RecordDialogueParticipantsInput): DialogueMeetingRequest {
    const others = input.others.map((p) => ({ name: p.name, agency: p.agency }));
    const data = { ...fieldsOf(input, 'meetingId', 'includeMe'), others };
    return { type: 'RecordDialogueParticipants', data };
  }

  @CommandMutation('Held: only with both FK and AV among the participants.')
  holdDialogueMeeting(input: HoldDialogueMeetingInput): DialogueMeetingRequest {
    return requestOf('HoldDialogueMeeting', input, 'meetingId', 'heldOn', 'employerParticipants');
  }

  @CommandMutation('Cancels a planned dialogue: a decision, with the reason.')
  cancelDialogueMeeting(input: CancelDialogueMeetingInput): DialogueMeetingRequest {
    return decisionOf('CancelDialogueMeeting', input, 'meetingId');
  }

  @CommandMutation('What the dialogue led to, after it was held.')
  recordDialogueOutcomes(input: RecordDialogueOutcomesInput): DialogueMeetingRequest {
    const outcomes = input.outcomes.map((o) => ({
      description: o.description,
      ...(o.followUpBy ? { followUpBy: o.followUpBy } : {}),
    }));
    return {
      type: 'RecordDialogueOutcomes',
      data: { meetingId: input.meetingId, outcomes, recordedOn: input.recordedOn },
    };
  }

  @CommandMutation('A follow-up of one outcome.')
  recordDialogueFollowUp(input: RecordDialogueFollowUpInput): DialogueMeetingRequest {
    const { meetingId, outcomeId, followedUpOn, note, done } = input;
    return { type: 'RecordDialogueFollowUp', data: { meetingId, outcomeId, followedUpOn, note, done } };
  }

  async sendSelection(request: SelectionRequest, sender: Sender, input: CommandInput): Promise<SelectionPayload> {
    const sent = await this.pipeline.send(selectionEndpoint, request, sender, input);
    const { area, year } = request.data;
    const selectionId = selectionIdFor(area, year);
    const selection = (await this.queries.execute(new SelectionsOfYearQuery(year))).find(
      (s) => s.selectionId === selectionId,
    );
    if (!selection) throw new NotFoundError('Selection', selectionId);
    return { ...sentPayload(sent), selection: toSelectionType(selection) };
  }

  protected async shown(id: string): Promise<Pick<DialogueMeetingPayload, 'meeting'>> {
    return { meeting: await this.meetingType(id) };
  }

  private async meetingType(id: string): Promise<DialogueMeetingType> {
    const row = await this.found(GetDialogueMeetingsQuery, 'DialogueMeeting', id);
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
