import type { Choice } from './choices';

/**
 * SNI 2007's sections, each with the divisions (two-digit codes) it spans, for choosing an
 * industry in the browser. The API's kernel holds the same table (test/web/pin-parity.spec.ts
 * compares them); its refusal of a code stays the rule.
 */
export const SNI_SECTIONS: readonly { letter: string; name: string; divisions: readonly [number, number] }[] = [
  { letter: 'A', name: 'Jordbruk, skogsbruk och fiske', divisions: [1, 3] },
  { letter: 'B', name: 'Utvinning av mineral', divisions: [5, 9] },
  { letter: 'C', name: 'Tillverkning', divisions: [10, 33] },
  { letter: 'D', name: 'Försörjning av el, gas, värme och kyla', divisions: [35, 35] },
  { letter: 'E', name: 'Vattenförsörjning; avloppsrening, avfallshantering och sanering', divisions: [36, 39] },
  { letter: 'F', name: 'Byggverksamhet', divisions: [41, 43] },
  { letter: 'G', name: 'Handel; reparation av motorfordon och motorcyklar', divisions: [45, 47] },
  { letter: 'H', name: 'Transport och magasinering', divisions: [49, 53] },
  { letter: 'I', name: 'Hotell- och restaurangverksamhet', divisions: [55, 56] },
  { letter: 'J', name: 'Informations- och kommunikationsverksamhet', divisions: [58, 63] },
  { letter: 'K', name: 'Finans- och försäkringsverksamhet', divisions: [64, 66] },
  { letter: 'L', name: 'Fastighetsverksamhet', divisions: [68, 68] },
  { letter: 'M', name: 'Verksamhet inom juridik, ekonomi, vetenskap och teknik', divisions: [69, 75] },
  { letter: 'N', name: 'Uthyrning, fastighetsservice, resetjänster och andra stödtjänster', divisions: [77, 82] },
  { letter: 'O', name: 'Offentlig förvaltning och försvar; obligatorisk socialförsäkring', divisions: [84, 84] },
  { letter: 'P', name: 'Utbildning', divisions: [85, 85] },
  { letter: 'Q', name: 'Vård och omsorg; sociala tjänster', divisions: [86, 88] },
  { letter: 'R', name: 'Kultur, nöje och fritid', divisions: [90, 93] },
  { letter: 'S', name: 'Annan serviceverksamhet', divisions: [94, 96] },
  {
    letter: 'T',
    name: 'Förvärvsarbete i hushåll; hushållens produktion av diverse varor och tjänster för eget bruk',
    divisions: [97, 98],
  },
  {
    letter: 'U',
    name: 'Verksamhet vid internationella organisationer, utländska ambassader o.d.',
    divisions: [99, 99],
  },
];

const two = (n: number) => String(n).padStart(2, '0');

/** Every division as a choice under its section's heading ("Q Vård och omsorg; sociala tjänster"). */
export function sniDivisionChoices(label: (division: string, section: string) => string): Choice[] {
  return SNI_SECTIONS.flatMap(({ letter, name, divisions: [from, to] }) =>
    Array.from({ length: to - from + 1 }, (_, i) => ({
      value: two(from + i),
      label: label(two(from + i), letter),
      group: `${letter} ${name}`,
    })),
  );
}

/** The section of a code as typed (88.101, 88101, 88), or null where it is no SNI 2007 code. */
export function sniSectionOf(input: string): (typeof SNI_SECTIONS)[number] | null {
  const match = /^(\d{2})(?:\.?(\d{1,3}))?$/.exec(input.trim());
  if (!match) return null;
  const division = Number(match[1]);
  return SNI_SECTIONS.find(({ divisions: [from, to] }) => from <= division && division <= to) ?? null;
}
