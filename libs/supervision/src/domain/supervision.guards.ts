import { isCalendarDate, requiredId, requiredText } from '@samverkan/core/domain';
import { IsoDate, Period, SupervisionSector, YearSectors } from './supervision.model';
import { SUPERVISION_RULES, SupervisionRuleCode } from './supervision.rules';

/** The rules shared by campaigns, inspections and eligibility: ids, dates, periods and text. */

/** Longest trimmed text supervision accepts, by kind of field. */
export const SUPERVISION_TEXT_LIMITS = { short: 200, long: 4000 } as const;

/** Both ends included. */
export function isInPeriod(date: IsoDate, period: Period): boolean {
  return isCalendarDate(date) && date >= period.from && date <= period.to;
}

/** The calendar years a period touches, e.g. 2025 and 2026 for May 2025 – May 2026. */
export function yearsOf(period: Period): number[] {
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The sectors a campaign aims at in the year of `date`; none when the year is not planned. */
export function sectorsOn(sectorsByYear: readonly YearSectors[], date: IsoDate): SupervisionSector[] {
  return sectorsByYear.find((entry) => entry.year === yearOf(date))?.sectors ?? [];
}

/** The trimmed text, or undefined when it is missing or blank (so an event can omit the field). */
export function optionalText(
  value: string | undefined,
  field: string,
  details: Record<string, unknown> = {},
): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text ? requiredText(text, field, { details }) : undefined;
}

/** At least one person id (else `missingCode`), each a valid id; repeated ids count once. */
export function personIds(
  values: readonly string[] | undefined,
  field: string,
  missingCode: SupervisionRuleCode,
  details: Record<string, unknown> = {},
): string[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw SUPERVISION_RULES.violation(missingCode, `${field} must name at least one person`, { ...details, field });
  }
  const ids = values.map((value, index) => requiredId(value, field, { ...details, index }));
  return [...new Set(ids)];
}
