import { choicesOf } from '../../forms/fields/choices';
import type { FieldSpec, Values } from '../../forms/CommandForm';
import { entityFormProps } from '../../forms/form-props';
import type {
  PlanProjectActivityInput,
  ProjectActivityFilterInput,
  ProjectActivityKind,
  ProjectActivityStatus,
} from '../../gql/graphql';
import { evaluationScale, namedLines, organisationLines } from './participant-fields';
import { KINDS, MOMENTUM_RULES, ORGANISERS, T } from './texts';

const F = T.fields;
const wholeAtLeastOne = (v: string) => (/^\d+$/.test(v.trim()) && Number(v) >= 1 ? undefined : F.whole);

/** What every form on the desk shares (the kit's entity form props with the module's messages). */
export const momentumFormProps = entityFormProps(MOMENTUM_RULES);

/** Planning asks what, who arranges it, when, where, and how many are expected; the region only from the configured ones. */
export const planFields = (regions: readonly string[]): FieldSpec[] => [
  { name: 'kind', label: F.kind, kind: 'select', required: true, options: choicesOf(KINDS) },
  { name: 'title', label: F.title, required: true },
  { name: 'organiser', label: F.organiser, kind: 'select', required: true, options: choicesOf(ORGANISERS) },
  { name: 'date', label: F.date, help: F.dateHelp, kind: 'date', required: true },
  { name: 'place', label: F.place, required: true },
  {
    name: 'country',
    label: F.country,
    help: F.countryHelp,
    validate: (v) => (/^[A-Z]{2}$/.test(v.trim()) ? undefined : F.countryInvalid),
  },
  {
    name: 'region',
    label: F.region,
    help: F.regionHelp,
    kind: 'select',
    options: regions.map((r) => ({ value: r, label: r })),
  },
  { name: 'expectedParticipants', label: F.expected, kind: 'number', required: true, validate: wholeAtLeastOne },
];

export function planInput(v: Values): PlanProjectActivityInput {
  return {
    kind: v.kind as ProjectActivityKind,
    title: v.title.trim(),
    organiser: v.organiser,
    date: v.date,
    place: v.place.trim(),
    expectedParticipants: Number(v.expectedParticipants),
    ...(v.country?.trim() ? { country: v.country.trim() } : {}),
    ...(v.region ? { region: v.region } : {}),
  };
}

/** A second recording replaces the first as a correction, so it asks for the reason. */
export const participantFields = (correction: boolean): FieldSpec[] => [
  {
    name: 'organisations',
    label: F.organisations,
    help: F.organisationsHelp,
    kind: 'textarea',
    validate: (v) => (organisationLines(v) ? undefined : F.organisationsInvalid),
  },
  {
    name: 'namedParticipants',
    label: F.namedParticipants,
    help: F.namedHelp,
    kind: 'textarea',
    validate: (v) => (namedLines(v) ? undefined : F.namedInvalid),
  },
  ...(correction
    ? [{ name: 'reason', label: F.correctionReason, help: F.correctionHelp, kind: 'textarea', required: true } as const]
    : []),
];

export function participantsInput(activityId: string, v: Values) {
  return {
    activityId,
    organisations: organisationLines(v.organisations) ?? [],
    namedParticipants: namedLines(v.namedParticipants) ?? [],
    ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
  };
}

/** Replacing an evaluation is a correction too. */
export const evaluationFields = (correction: boolean): FieldSpec[] => [
  {
    name: 'scale',
    label: F.scale,
    help: F.scaleHelp,
    required: true,
    validate: (v) => (evaluationScale(v) === null ? F.scaleInvalid : undefined),
  },
  { name: 'respondents', label: F.respondents, kind: 'number', required: true, validate: wholeAtLeastOne },
  ...(correction ? [{ name: 'reason', label: F.correctionReason, kind: 'textarea', required: true } as const] : []),
];

export function evaluationInput(activityId: string, v: Values) {
  return {
    activityId,
    scale: evaluationScale(v.scale) ?? Number(v.scale),
    respondents: Number(v.respondents),
    ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
  };
}

/** The activity filter a submitted filter form names: only what was given, a year only when it is one. */
export function activityFilter(form: { get: (name: string) => unknown }): ProjectActivityFilterInput {
  const given = (name: string) => String(form.get(name) ?? '').trim();
  return {
    ...(given('kind') ? { kind: given('kind') as ProjectActivityKind } : {}),
    ...(given('status') ? { status: given('status') as ProjectActivityStatus } : {}),
    ...(/^\d{4}$/.test(given('year')) ? { year: Number(given('year')) } : {}),
  };
}
