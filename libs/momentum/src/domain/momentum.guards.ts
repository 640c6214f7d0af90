import { countedByRole, isOrganisationNumber, ORGANISATIONS, shapedText } from '@samverkan/core/domain';
import {
  EVALUATION_SCALE,
  EXPECTED_PARTICIPANTS_RANGE,
  IsoDate,
  PARTICIPANT_ROLES,
  ParticipantCounts,
  PROJECT_PERIOD,
} from './momentum.model';
import { MOMENTUM_RULES } from './momentum.rules';

/** The rules of Momentum's activities that no other module has: project period, countries, counts, evaluations. */

/** `date` inside the project period (1 May 2024 – 30 April 2027), else OUTSIDE_PROJECT_PERIOD; `date` is a checked calendar date. */
export function insideProjectPeriod(date: IsoDate, field: string, details: Record<string, unknown> = {}): IsoDate {
  const { from, to } = PROJECT_PERIOD;
  if (date < from || date > to) {
    throw MOMENTUM_RULES.violation(
      'OUTSIDE_PROJECT_PERIOD',
      `${field} ${date} is outside the project (${from} – ${to})`,
      {
        ...details,
        field,
        date,
        from,
        to,
      },
    );
  }
  return date;
}

const COUNTRY = /^[A-Z]{2}$/;

/** An ISO 3166-1 alpha-2 code in capitals: NO, FI, DK. */
export function isCountryCode(value: string): boolean {
  return typeof value === 'string' && COUNTRY.test(value);
}

/** The trimmed country code, after checking its shape (INVALID_COUNTRY). */
export function countryCode(value: string | undefined, details: Record<string, unknown> = {}): string {
  return shapedText(value, isCountryCode, (given) =>
    MOMENTUM_RULES.violation('INVALID_COUNTRY', 'A country is an ISO 3166 alpha-2 code in capitals, e.g. NO', {
      ...details,
      field: 'country',
      value: given,
    }),
  );
}

/** An agency's code from the envelope's list (FK, AV, …) or an organisation number `NNNNNN-NNNN`. */
export function isParticipantOrganisation(value: string): boolean {
  return (ORGANISATIONS as readonly string[]).includes(value) || isOrganisationNumber(value);
}

/** The trimmed organisation, after checking it is an agency code or an organisation number (INVALID_ORGANISATION). */
export function participantOrganisation(value: string | undefined, details: Record<string, unknown> = {}): string {
  return shapedText(value, isParticipantOrganisation, (organisation) =>
    MOMENTUM_RULES.violation(
      'INVALID_ORGANISATION',
      'An organisation is an agency code (FK, AV, …) or an organisation number NNNNNN-NNNN',
      { ...details, organisation },
    ),
  );
}

/** Whole numbers, zero or more, for each role (INVALID_PARTICIPANTS); at least one person (NO_PARTICIPANTS). */
export function participantCounts(
  given: Partial<ParticipantCounts> | undefined,
  details: Record<string, unknown> = {},
): ParticipantCounts {
  return countedByRole(given, PARTICIPANT_RULES, details);
}

const PARTICIPANT_RULES = {
  invalid: MOMENTUM_RULES.code('INVALID_PARTICIPANTS'),
  nobody: MOMENTUM_RULES.code('NO_PARTICIPANTS'),
  nobodyMessage: 'An organisation that took part sent at least one person',
};

export function totalOf(counts: ParticipantCounts): number {
  return PARTICIPANT_ROLES.reduce((sum, role) => sum + counts[role], 0);
}

/** A whole number of expected participants, 1 or more (INVALID_EXPECTED_PARTICIPANTS). */
export function expectedParticipants(value: number, details: Record<string, unknown> = {}): number {
  const { min, max } = EXPECTED_PARTICIPANTS_RANGE;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw MOMENTUM_RULES.violation(
      'INVALID_EXPECTED_PARTICIPANTS',
      `Expected participants is a whole number from ${min} to ${max}`,
      {
        ...details,
        value: value ?? null,
      },
    );
  }
  return value;
}

/** An average on the 1–10 scale with at most one decimal (INVALID_EVALUATION_SCALE). */
export function evaluationScale(value: number, details: Record<string, unknown> = {}): number {
  const { min, max } = EVALUATION_SCALE;
  // Number.isFinite is false for anything but a finite number, text included.
  const oneDecimal = Number.isFinite(value) && Math.abs(Math.round(value * 10) - value * 10) < 1e-9;
  if (!oneDecimal || value < min || value > max) {
    throw MOMENTUM_RULES.violation(
      'INVALID_EVALUATION_SCALE',
      `An evaluation is an average from ${min} to ${max} with at most one decimal`,
      {
        ...details,
        value: value ?? null,
      },
    );
  }
  return Math.round(value * 10) / 10;
}

/** A whole number of respondents, 1 or more (INVALID_RESPONDENTS). */
export function respondentCount(value: number, details: Record<string, unknown> = {}): number {
  if (!Number.isInteger(value) || value < 1) {
    throw MOMENTUM_RULES.violation('INVALID_RESPONDENTS', 'Respondents are a whole number, one or more', {
      ...details,
      value: value ?? null,
    });
  }
  return value;
}
