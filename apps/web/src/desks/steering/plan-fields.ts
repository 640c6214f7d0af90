import { choicesOf } from '../../forms/fields/choices';
import type { FieldSpec, Values } from '../../forms/CommandForm';
import { lines, namedLines } from '../../forms/fields/lines';
import { reasonField } from '../../forms/fields/reason';
import type { ActivityArea, ActivityOwner, PlanActivityInput, SteeringGroupDecisionInput } from '../../gql/graphql';
import { AREAS, OWNERS, T } from './texts';

const F = T.fields;
const ORGANISATIONS = ['FK', 'AV', 'FHM', 'MYNAK', 'SOS', 'SFH', 'OTHER'];

/** "Anna Berg, FK" per line; null where a line is not a name and a known organisation. */
export function members(text: string): { name: string; organisation: string }[] | null {
  return namedLines(text, (organisation): organisation is string => ORGANISATIONS.includes(organisation), true);
}

/** A datetime-local value (the browser's zone) as an ISO time with offset, which the API asks for. */
export const isoTime = (local: string) => new Date(local).toISOString();

export const ACTIVITY_FIELDS: readonly FieldSpec[] = [
  { name: 'title', label: F.activityTitle, required: true },
  { name: 'area', label: F.area, kind: 'select', required: true, options: choicesOf(AREAS) },
  { name: 'owner', label: F.owner, kind: 'select', required: true, options: choicesOf(OWNERS) },
  { name: 'region', label: F.region, help: F.regionHelp },
  { name: 'dueDate', label: F.dueDate, help: F.dueHelp, kind: 'date', required: true },
  { name: 'indicators', label: F.indicators, help: F.indicatorsHelp, kind: 'textarea' },
];

export const ACTIVITY_DEFAULTS: Values = { area: 'TIP_ROUTINES', owner: 'JOINT' };

export function activityInput(values: Values): PlanActivityInput {
  return {
    title: values.title.trim(),
    area: values.area as ActivityArea,
    owner: values.owner as ActivityOwner,
    dueDate: values.dueDate,
    indicators: lines(values.indicators),
    ...(values.region?.trim() ? { region: values.region.trim() } : {}),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Now as a datetime-local value: a decision is usually recorded the day it is taken. */
export function localNow(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** A decision always asks who decided, when, what, the minutes reference and why. */
export const DECISION_FIELDS: readonly FieldSpec[] = [
  { name: 'decisionId', label: F.decisionId, help: F.decisionIdHelp, required: true },
  { name: 'decidedAt', label: F.decidedAt, help: F.decidedAtHelp, kind: 'datetime', required: true },
  { name: 'what', label: F.what, kind: 'textarea', required: true },
  { name: 'minutesReference', label: F.minutes, help: F.minutesHelp, required: true },
  {
    name: 'decidedBy',
    label: F.members,
    help: F.membersHelp,
    kind: 'textarea',
    required: true,
    validate: (text) => (members(text) ? undefined : F.membersInvalid),
  },
  reasonField(F.reason, F.reasonHelp),
];

/** The decision's time defaults to now, the moment it is most often recorded. */
export const decisionDefaults = (): Values => ({ decidedAt: localNow() });

export function decisionInput(values: Values): { decision: SteeringGroupDecisionInput; reason: string } {
  return {
    decision: {
      decisionId: values.decisionId.trim(),
      decidedAt: isoTime(values.decidedAt),
      what: values.what.trim(),
      minutesReference: values.minutesReference.trim(),
      decidedBy: members(values.decidedBy) ?? [],
    },
    reason: values.reason.trim(),
  };
}
