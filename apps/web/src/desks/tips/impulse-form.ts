import { choicesOf } from '../../forms/fields/choices';
import type { FieldSpec, Values } from '../../forms/CommandForm';
import type { Derive } from '../../forms/fields/field-extras';
import { checkOrganisationNumber } from '../../forms/fields/organisation-number';
import { looksLikePersonalIdentityNumber } from '../../forms/fields/personal-identity-number';
import { sniDivisionChoices, sniSectionOf } from '../../forms/fields/sni';
import type { Deficiency, ReportImpulseInput } from '../../gql/graphql';
import { DEFICIENCIES, F } from './texts';

/** A day as the date field holds it (YYYY-MM-DD), in the browser's zone. */
export function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Refuses text that looks like it names a person by number, before it is sent. */
export const noPersonalNumber = (text: string) => (looksLikePersonalIdentityNumber(text) ? F.pin : undefined);

export function organisationNumberProblem(value: string): string | undefined {
  const check = checkOrganisationNumber(value);
  if (check.ok) return undefined;
  return { shape: F.orgShape, checkDigit: F.orgCheckDigit, person: F.orgPerson }[check.problem];
}

export const industryProblem = (value: string) => (sniSectionOf(value) ? undefined : F.industryInvalid);

/** Employers the workspace knows, by normalised organisation number (the latest name wins). */
export function knownEmployers(employers: readonly { organisationNumber: string; name: string }[]) {
  return new Map(employers.map((e) => [e.organisationNumber, e.name]));
}

export function impulseFields(regions: readonly string[], names: readonly string[]): FieldSpec[] {
  return [
    {
      name: 'organisationNumber',
      label: F.organisationNumber,
      help: F.organisationNumberHelp,
      required: true,
      validate: organisationNumberProblem,
    },
    {
      name: 'name',
      label: F.employerName,
      help: F.employerNameHelp,
      required: true,
      suggestions: names,
      validate: noPersonalNumber,
    },
    {
      name: 'region',
      label: F.region,
      kind: 'select',
      required: true,
      options: [{ value: '', label: F.choose }, ...regions.map((r) => ({ value: r, label: r }))],
    },
    { name: 'industry', label: F.industry, help: F.industryHelp, required: true, validate: industryProblem },
    {
      name: 'sniPicker',
      label: F.sniPicker,
      help: F.sniPickerHelp,
      kind: 'select',
      options: sniDivisionChoices(F.sniDivision),
    },
    {
      name: 'deficiency',
      label: F.deficiency,
      kind: 'select',
      required: true,
      options: [{ value: '', label: F.choose }, ...choicesOf(DEFICIENCIES)],
    },
    {
      name: 'description',
      label: F.description,
      help: F.descriptionHelp,
      kind: 'textarea',
      required: true,
      validate: noPersonalNumber,
    },
    { name: 'reportedOn', label: F.reportedOn, kind: 'date', required: true },
  ];
}

/**
 * A known employer's name when its organisation number is typed (unless a name is already there),
 * and the division chosen in the picker as the industry code (unless the code typed is within it).
 */
export function deriveImpulse(known: ReadonlyMap<string, string>): Derive {
  return (changed, values): Record<string, string> | undefined => {
    if (changed === 'organisationNumber' && !values.name?.trim()) {
      const check = checkOrganisationNumber(values.organisationNumber ?? '');
      const name = check.ok ? known.get(check.value) : undefined;
      return name ? { name } : undefined;
    }
    if (changed === 'sniPicker' && values.sniPicker && !values.industry?.trim().startsWith(values.sniPicker))
      return { industry: values.sniPicker };
    return undefined;
  };
}

export function impulseInput(values: Values): Omit<ReportImpulseInput, 'commandId' | 'expectedRevision'> {
  const check = checkOrganisationNumber(values.organisationNumber);
  return {
    employer: {
      organisationNumber: check.ok ? check.value : values.organisationNumber.trim(),
      name: values.name.trim(),
    },
    region: values.region,
    industry: values.industry.trim(),
    deficiency: values.deficiency as Deficiency,
    description: values.description.trim(),
    reportedOn: values.reportedOn,
  };
}
