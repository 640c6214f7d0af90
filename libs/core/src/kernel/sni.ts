import { Parsed } from './parsed';

/** A section of SNI 2007 (the Swedish edition of NACE Rev. 2), with its official Swedish name. */
export interface SniSection {
  letter: string;
  name: string;
}

// [letter, first division, last division, name]; every division within a range exists in SNI 2007.
const SECTIONS: ReadonlyArray<readonly [string, number, number, string]> = [
  ['A', 1, 3, 'Jordbruk, skogsbruk och fiske'],
  ['B', 5, 9, 'Utvinning av mineral'],
  ['C', 10, 33, 'Tillverkning'],
  ['D', 35, 35, 'Försörjning av el, gas, värme och kyla'],
  ['E', 36, 39, 'Vattenförsörjning; avloppsrening, avfallshantering och sanering'],
  ['F', 41, 43, 'Byggverksamhet'],
  ['G', 45, 47, 'Handel; reparation av motorfordon och motorcyklar'],
  ['H', 49, 53, 'Transport och magasinering'],
  ['I', 55, 56, 'Hotell- och restaurangverksamhet'],
  ['J', 58, 63, 'Informations- och kommunikationsverksamhet'],
  ['K', 64, 66, 'Finans- och försäkringsverksamhet'],
  ['L', 68, 68, 'Fastighetsverksamhet'],
  ['M', 69, 75, 'Verksamhet inom juridik, ekonomi, vetenskap och teknik'],
  ['N', 77, 82, 'Uthyrning, fastighetsservice, resetjänster och andra stödtjänster'],
  ['O', 84, 84, 'Offentlig förvaltning och försvar; obligatorisk socialförsäkring'],
  ['P', 85, 85, 'Utbildning'],
  ['Q', 86, 88, 'Vård och omsorg; sociala tjänster'],
  ['R', 90, 93, 'Kultur, nöje och fritid'],
  ['S', 94, 96, 'Annan serviceverksamhet'],
  ['T', 97, 98, 'Förvärvsarbete i hushåll; hushållens produktion av diverse varor och tjänster för eget bruk'],
  ['U', 99, 99, 'Verksamhet vid internationella organisationer, utländska ambassader o.d.'],
];

export const SNI_SECTIONS: readonly SniSection[] = Object.freeze(
  SECTIONS.map(([letter, , , name]) => Object.freeze({ letter, name })),
);

// Division (2 digits), then up to three more digits for group, class and detailed group.
const SHAPE = /^(\d{2})(?:\.?(\d{1,3}))?$/;

const WRONG_SHAPE = 'must have 2 to 5 digits (NN.NNN)';
const NO_SUCH_DIVISION = 'has a division that does not exist in SNI 2007';

function sectionIndex(division: number): number {
  return SECTIONS.findIndex(([, from, to]) => from <= division && division <= to);
}

export function parseSniCode(input: string): Parsed<string> {
  const match = SHAPE.exec(input.trim());
  if (!match) return { ok: false, problem: WRONG_SHAPE };
  const [, division, rest] = match;
  if (sectionIndex(Number(division)) < 0) return { ok: false, problem: NO_SUCH_DIVISION };
  return { ok: true, value: rest ? `${division}.${rest}` : division };
}

/** True only for a code with an existing division, already in its normalised form (`86` or `86.101`). */
export function isSniCode(normalised: string): boolean {
  const parsed = parseSniCode(normalised);
  return parsed.ok && parsed.value === normalised;
}

/** The section of a normalised code; callers validate first, so anything else is a programming error. */
export function sniSection(code: string): SniSection {
  if (!isSniCode(code)) throw new Error('sniSection needs a normalised SNI 2007 code with an existing division');
  return SNI_SECTIONS[sectionIndex(Number(code.slice(0, 2)))];
}

/** The normalised code, or the input unchanged when it is not valid (the decider then names the rule). */
export function normalisedSniCode(input: string): string {
  const parsed = parseSniCode(input);
  return parsed.ok ? parsed.value : input;
}
