import { choicesOf } from '../../forms/fields/choices';
import type { FieldSpec, Values } from '../../forms/CommandForm';
import { decodeToken } from '../../app/session';
import { entityFormProps } from '../../forms/form-props';
import type {
  KnowledgeGroupDocumentFragment,
  KnowledgeItemFilterInput,
  KnowledgeItemKind,
  KnowledgeItemStatus,
  KnowledgeTerm,
  PresentationMeetingsQuery,
} from '../../gql/graphql';
import { ITEM_KINDS, KNOWLEDGE_RULES, T, TERMS, VERDICTS } from './texts';
import { reasonField } from '../../forms/fields/reason';

const F = T.fields;

/** A closed list of codes as a select's options, with their Swedish labels. */

/** The text's lines, trimmed, blank ones left out (topics, agenda points). */
export const nonBlankLines = (text = '') =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** A day the form may leave empty (the server then takes today): sent only when given. */
export const givenDay = <K extends string>(field: K, value?: string): Partial<Record<K, string>> =>
  value ? ({ [field]: value } as Record<K, string>) : {};

const ORGANISATION_CODE = /^[A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,9}$/;
export const organisationCode = (value: string) => (ORGANISATION_CODE.test(value.trim()) ? undefined : F.codeInvalid);
export const httpLink = (value: string) => (/^https?:\/\/\S+$/i.test(value.trim()) ? undefined : F.linkInvalid);

/** The group's current members, the only ones who can be present at a meeting. */
export function presentOptions(group: KnowledgeGroupDocumentFragment) {
  return group.members.filter((m) => m.active).map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }));
}

/** The group's held meetings, where an item may be reviewed. */
export function heldGroupMeetings(group: KnowledgeGroupDocumentFragment | undefined) {
  return (group?.meetings ?? [])
    .filter((m) => m.status === 'HELD')
    .map((m) => ({ value: m.id, label: `${m.term} ${m.year}, ${m.heldOn ?? m.date}` }));
}

/**
 * The forums a token limits its bearer to (a coordinator's `forums` claim); null where it names
 * none, and the server then limits nothing by forum.
 */
export function forumScope(token: string | undefined): readonly string[] | null {
  const claim = token ? decodeToken(token)?.forums : undefined;
  return Array.isArray(claim) ? claim.filter((id): id is string => typeof id === 'string') : null;
}

/**
 * The forum meetings that have been held, where an item may be presented, by forum name; only the
 * forums of the token's scope, since the server refuses a presentation anywhere else.
 */
export function heldForumMeetings(
  forums: PresentationMeetingsQuery['forums'] | undefined,
  scope: readonly string[] | null = null,
) {
  return (forums ?? [])
    .filter((forum) => !scope || scope.includes(forum.id))
    .flatMap((forum) =>
      forum.meetings
        .filter((m) => m.status === 'HELD')
        .map((m) => ({ value: m.id, label: `${forum.name}: ${m.title} (${m.heldOn ?? ''})` })),
    );
}

/** What every form on the desk shares (the kit's entity form props with the module's messages). */
export const knowledgeFormProps = entityFormProps(KNOWLEDGE_RULES);

export const REASON_FIELD = reasonField(F.reason, F.reasonHelp);

export const ORGANISATION_FIELDS: readonly FieldSpec[] = [
  { name: 'code', label: F.code, help: F.codeHelp, required: true, validate: organisationCode },
  { name: 'name', label: F.name, required: true },
];

export const organisationInput = (v: Values) => ({ code: v.code.trim().toUpperCase(), name: v.name.trim() });

export const PLAN_MEETING_FIELDS: readonly FieldSpec[] = [
  { name: 'term', label: F.term, kind: 'select', required: true, options: choicesOf(TERMS) },
  { name: 'year', label: F.year, kind: 'number', required: true },
  { name: 'date', label: F.date, help: F.dateInTerm, kind: 'date', required: true },
  { name: 'agenda', label: F.agenda, help: F.agendaHelp, kind: 'textarea' },
];

export const planMeetingInput = (v: Values) => ({
  term: v.term as KnowledgeTerm,
  year: Number(v.year),
  date: v.date,
  agenda: nonBlankLines(v.agenda),
});

export const PROPOSE_FIELDS: readonly FieldSpec[] = [
  { name: 'kind', label: F.kind, kind: 'select', required: true, options: choicesOf(ITEM_KINDS) },
  { name: 'title', label: F.title, required: true },
  { name: 'sourceOrganisation', label: F.sourceOrganisation, required: true },
  { name: 'link', label: F.link, help: F.linkHelp, required: true, validate: httpLink },
  { name: 'topics', label: F.topics, help: F.topicsHelp, kind: 'textarea', required: true },
  { name: 'proposedOn', label: F.proposedOn, help: F.dateHelp, kind: 'date' },
];

export const proposeInput = (v: Values) => ({
  kind: v.kind as KnowledgeItemKind,
  title: v.title.trim(),
  sourceOrganisation: v.sourceOrganisation.trim(),
  link: v.link.trim(),
  topics: nonBlankLines(v.topics),
  ...givenDay('proposedOn', v.proposedOn),
});

export const reviewFields = (meetings: { value: string; label: string }[]): FieldSpec[] => [
  { name: 'meetingId', label: F.meeting, help: F.meetingHelp, kind: 'select', required: true, options: meetings },
  { name: 'verdict', label: F.verdict, kind: 'select', required: true, options: choicesOf(VERDICTS) },
  { name: 'note', label: F.note, kind: 'textarea', required: true },
  REASON_FIELD,
];

/** The item filter a submitted filter form names: only what was given. */
export function itemFilter(form: { get: (name: string) => unknown }): KnowledgeItemFilterInput {
  const given = (name: string) => String(form.get(name) ?? '').trim();
  return {
    ...(given('status') ? { status: given('status') as KnowledgeItemStatus } : {}),
    ...(given('topic') ? { topic: given('topic') } : {}),
    ...(given('source') ? { source: given('source') } : {}),
  };
}
