import type { FieldSpec, Values } from '../../forms/CommandForm';
import type { AgendaItemInput, MemberAttendanceInput, NamedGuestInput } from '../../gql/graphql';
import { T } from './texts';
import { reasonField } from '../../forms/fields/reason';

const F = T.fields;

/** A closed list of codes as a select's options, with their Swedish labels. */

/**
 * "first, second" per line, split at the last comma (a topic may hold commas, an organisation
 * seldom does); blank lines left out. Null where a line lacks either part.
 */
export function commaPairs(text = ''): [string, string][] | null {
  const rows = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const comma = line.lastIndexOf(',');
      const pair: [string, string] = [line.slice(0, comma).trim(), line.slice(comma + 1).trim()];
      return comma > 0 && pair[0] && pair[1] ? pair : null;
    });
  return rows.every(Boolean) ? (rows as [string, string][]) : null;
}

export const agendaOf = (text = ''): AgendaItemInput[] | null =>
  commaPairs(text)?.map(([topic, speakerOrganisation]) => ({ topic, speakerOrganisation })) ?? null;

export const agendaText = (agenda: readonly AgendaItemInput[]) =>
  agenda.map((item) => `${item.topic}, ${item.speakerOrganisation}`).join('\n');

export const guestsOf = (text = ''): NamedGuestInput[] | null =>
  commaPairs(text)?.map(([name, organisation]) => ({ name, organisation })) ?? null;

/** A field's value only where one was given: the server fills in what is left out (e.g. today). */
export const given = <K extends string>(key: K, value: string | undefined) =>
  (value?.trim() ? { [key]: value.trim() } : {}) as Partial<Record<K, string>>;

const ROLES = ['managers', 'hr', 'other'] as const;
const countOf = (value: string | undefined) => (value?.trim() ? Number(value) : 0);
const validCount = (value: string) => (/^\d+$/.test(value.trim()) ? undefined : F.countInvalid);

interface Member {
  organisationNumber: string;
  name: string;
}

/** A number field per member employer and role: how many came. */
export function attendanceFields(members: readonly Member[]): FieldSpec[] {
  return members.flatMap((member) =>
    ROLES.map((role) => ({
      name: `${role}:${member.organisationNumber}`,
      label: F[role](member.name),
      kind: 'number' as const,
      validate: validCount,
    })),
  );
}

/** The attendance form's values as recorded before, so a correction starts from them. */
export function attendanceDefaults(
  recorded: readonly { organisationNumber: string; participants: Record<(typeof ROLES)[number], number> }[],
  guests: readonly { name: string; organisation: string }[],
): Values {
  const counts = recorded.flatMap((member) =>
    ROLES.map((role) => [`${role}:${member.organisationNumber}`, String(member.participants[role])]),
  );
  return { ...Object.fromEntries(counts), guests: guests.map((g) => `${g.name}, ${g.organisation}`).join('\n') };
}

/** The members who came (anyone counted), each with their counts by role; members left blank stayed away. */
export function attendanceOf(members: readonly Member[], values: Values): MemberAttendanceInput[] {
  return members
    .map((member) => {
      const count = (role: (typeof ROLES)[number]) => countOf(values[`${role}:${member.organisationNumber}`]);
      return {
        organisationNumber: member.organisationNumber,
        managers: count('managers'),
        hr: count('hr'),
        other: count('other'),
      };
    })
    .filter((row) => row.managers + row.hr + row.other > 0);
}

/** Every decision here asks why. */
export const REASON_FIELD = reasonField(F.reason, F.reasonHelp);

/** A meeting's agenda, one "topic, speaker's organisation" per line. */
export const AGENDA_FIELD: FieldSpec = {
  name: 'agenda',
  label: F.agenda,
  help: F.agendaHelp,
  kind: 'textarea',
  validate: (text) => (agendaOf(text) ? undefined : F.agendaInvalid),
};
