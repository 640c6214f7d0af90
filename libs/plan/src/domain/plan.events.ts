import { action, decision, EventDefinitions, EventIn } from '@samverkan/core/domain';
import {
  ActivityChanges,
  Amendment,
  DiaryNumbers,
  IndicatorResult,
  PlanActivity,
  ProgressStatus,
  SteeringGroupDecision,
} from './plan.model';
import {
  activityPhrase,
  capitalised,
  changedFields,
  counted,
  decisionPhrase,
  diaryPhrase,
  planName,
  progressLabel,
} from './plan.summaries';

export interface PlanEvents {
  PlanDrafted: { year: number; title: string; diaryNumbers: DiaryNumbers };
  ActivityAdded: { year: number; activity: PlanActivity };
  /** Carries the title so the timeline can name an activity that no longer exists. */
  ActivityRemoved: { year: number; activityId: string; title: string };
  /** `changes` holds only the fields whose value really changed. */
  ActivityChanged: { year: number; activityId: string; changes: ActivityChanges };
  /** `activityIds`: exactly what went to the steering group. */
  PlanSubmitted: { year: number; activityIds: string[] };
  ActivityProgressRecorded: { year: number; activityId: string; status: ProgressStatus; note: string };
  PlanReturnedToDraft: { year: number; decision: SteeringGroupDecision };
  /** `activityIds`: exactly what the steering group adopted. */
  PlanAdopted: { year: number; decision: SteeringGroupDecision; activityIds: string[] };
  PlanAmended: { year: number; decision: SteeringGroupDecision; amendment: Amendment };
  PlanFollowedUp: {
    year: number;
    decision: SteeringGroupDecision;
    summary: string;
    indicatorResults: IndicatorResult[];
  };
  PlanClosed: { year: number; decision: SteeringGroupDecision };
}

export type PlanEvent<T extends keyof PlanEvents = keyof PlanEvents> = EventIn<PlanEvents, T>;

const ACTIVITIES = ['aktivitet', 'aktiviteter'] as const;

/** Summaries name organisations and counts, never people: names are erasable, summaries are not. */
export const planEventDefinitions: EventDefinitions<PlanEvent> = {
  PlanDrafted: action((d) => `Utkast till ${planName(d.year)} upprättades: "${d.title}"${diaryPhrase(d.diaryNumbers)}`),
  ActivityAdded: action(
    (d) => `${capitalised(activityPhrase(d.activity))} lades till i utkastet till ${planName(d.year)}`,
  ),
  ActivityRemoved: action(
    (d) => `Aktiviteten "${d.title}" (${d.activityId}) togs bort ur utkastet till ${planName(d.year)}`,
  ),
  ActivityChanged: action(
    (d) => `Aktiviteten ${d.activityId} i utkastet till ${planName(d.year)} ändrades: ${changedFields(d.changes)}`,
  ),
  PlanSubmitted: action(
    (d) =>
      `${capitalised(planName(d.year))} lämnades till styrgruppen med ${counted(d.activityIds.length, ...ACTIVITIES)}`,
  ),
  ActivityProgressRecorded: action(
    (d) => `Aktiviteten ${d.activityId} i ${planName(d.year)} rapporterades som ${progressLabel[d.status]}`,
  ),
  PlanReturnedToDraft: decision(
    (d) => `${capitalised(planName(d.year))} återremitterades av styrgruppen till utkast ${decisionPhrase(d.decision)}`,
  ),
  PlanAdopted: decision(
    (d) =>
      `${capitalised(planName(d.year))} antogs av styrgruppen med ${counted(d.activityIds.length, ...ACTIVITIES)} ` +
      decisionPhrase(d.decision),
  ),
  PlanAmended: decision(
    (d) =>
      `${capitalised(planName(d.year))} ändrades av styrgruppen: ${amendmentPhrase(d.amendment)} ` +
      decisionPhrase(d.decision),
  ),
  PlanFollowedUp: decision(
    (d) =>
      `${capitalised(planName(d.year))} följdes upp av styrgruppen` +
      (d.indicatorResults.length > 0 ? ` med ${d.indicatorResults.length} indikatorutfall ` : ' ') +
      decisionPhrase(d.decision),
  ),
  PlanClosed: decision(
    (d) => `${capitalised(planName(d.year))} avslutades av styrgruppen ${decisionPhrase(d.decision)}`,
  ),
};

function amendmentPhrase(amendment: Amendment): string {
  switch (amendment.kind) {
    case 'ADD_ACTIVITY':
      return `${activityPhrase(amendment.activity)} lades till`;
    case 'CHANGE_ACTIVITY':
      return `aktiviteten ${amendment.activityId} ändrades: ${changedFields(amendment.changes)}`;
    case 'CANCEL_ACTIVITY':
      return `aktiviteten ${amendment.activityId} ställdes in`;
    default: {
      // A kind this release does not know (a later release's) is still named in the timeline.
      const unknown: never = amendment;
      return `en ändring av slaget ${(unknown as { kind: string }).kind}`;
    }
  }
}
