import {
  containsPersonalIdentityNumber,
  parseOrganisationNumber,
  parseSniCode,
  SNI_SECTIONS as KERNEL_SECTIONS,
  sniSection,
} from '@samverkan/core/domain';
import { dashed, valid, wrong } from '../../libs/core/src/kernel/testing/pin-samples';
import { checkOrganisationNumber } from '../../apps/web/src/forms/fields/organisation-number';
import { looksLikePersonalIdentityNumber } from '../../apps/web/src/forms/fields/personal-identity-number';
import { SNI_SECTIONS, sniSectionOf } from '../../apps/web/src/forms/fields/sni';

/**
 * The web app checks some input before sending it with small copies of the API's kernel (the app
 * may not import the server's code). Each case here runs through both: the browser must agree
 * with the server, so it neither lets through what the server refuses nor blocks what it accepts.
 */
describe('The browser’s checks against the server’s', () => {
  describe('personal identity and coordination numbers in free text', () => {
    const found = [
      'Anställd 811218-9876 har inte fått någon plan',
      'Anställd 19811218-9876 har inte fått någon plan',
      'Anställd 811218+9876 är över hundra år',
      'Anställd 811218 9876',
      'Anställd 8112189876',
      'Anställd 198112189876',
      'Född 18460101-1234 enligt arkivet',
      'Gäller (811218-9876).',
      'pnr:8112189876;',
      'Kund/811218-9876/ärende',
      'Samordningsnummer 811278-9873',
      'Org 202100-5489, tel 0701234567, anställd 811218-9876',
      '811218–9876',
      '811218−9876',
      '811218/9876',
      '811218.9876',
      '811218_9876',
      '811218 - 9876',
      '811218\u00A09876',
      '811 218 98 76',
      '8 1 1 2 1 8 9 8 7 6',
      '1981-12-18-9876',
      '19 811218-9876',
      '８１１２１８－９８７６',
      '𝟖𝟏𝟏𝟐𝟏𝟖-𝟗𝟖𝟕𝟔',
      '811218\u200B-9876',
      '8112\u00AD18-9876',
      '\u2066811218-9876\u2069',
      '8\uFE0F112189876',
      'Daterat 2024-05-12 811218-9876',
    ];
    const notFound = [
      'Arbetsgivaren 202100-5489 har brustit',
      'Arbetsgivaren 16556036-0793 har brustit',
      'Anställd 811218-9877 har inte fått någon plan',
      'Ring 0701234567 eller 070-123 45 67',
      'Mötet 2024-05-12 om rehabilitering',
      'Mötet 20240512 om rehabilitering',
      'Skapad 2024-05-12T10:15:30.123Z',
      'Ärende 98112189876 är stängt',
      'Ärende 1198112189876 är stängt',
      'Ärende 1811218-9876 är stängt',
      'Ärende 1-811218-9876 är stängt',
      'Belopp 1 234 567 kr',
      'Född 21811218-9876',
      'Dag 811232-9876',
      'Mötet 2024-05-12 13.00–14.00 i Umeå',
      'Mötet 2025-03-14 13.00 i Luleå',
      'Perioden 2024-05-12–2024-06-13',
      'Ärende 81121898-7600-4000-8000-198112189876 är stängt',
      'Hash 8112189876ab8112189876ab8112189876ab8112189876ab',
      'Fakturera 16 556036-0793',
      '',
    ];
    it.each(found.map((text) => [text]))('both find one in %j', (text) => {
      expect([looksLikePersonalIdentityNumber(text), containsPersonalIdentityNumber(text)]).toEqual([true, true]);
    });
    it.each(notFound.map((text) => [text]))('neither finds one in %j', (text) => {
      expect([looksLikePersonalIdentityNumber(text), containsPersonalIdentityNumber(text)]).toEqual([false, false]);
    });

    it('agree on every day of every month, right and wrong check digits, with and without century, 29 February included', () => {
      for (let month = 1; month <= 12; month++) {
        for (let day = 0; day <= 92; day++) {
          const yymmdd = `00${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
          for (const ten of [valid(yymmdd, '042'), wrong(yymmdd, '042')]) {
            for (const text of [dashed(ten), `19${ten}`, `20${dashed(ten)}`, `Nr ${ten.slice(0, 6)} ${ten.slice(6)}`]) {
              expect([text, looksLikePersonalIdentityNumber(text)]).toEqual([
                text,
                containsPersonalIdentityNumber(text),
              ]);
            }
          }
        }
      }
    });
  });

  describe('organisation numbers as typed', () => {
    it.each([
      '556036-0793',
      '5560360793',
      '16556036-0793',
      '165560360793',
      ' 202100-5489 ',
      '556036-0794',
      '811218-9876',
      '556036-079',
      '556036 0793',
      '',
    ])('%j: the same verdict and normalised number', (typed) => {
      const server = parseOrganisationNumber(typed);
      const browser = checkOrganisationNumber(typed);
      expect(browser.ok).toBe(server.ok);
      if (browser.ok && server.ok) expect(browser.value).toBe(server.value);
    });
  });

  describe('SNI 2007', () => {
    it('has the kernel’s sections, names and order', () => {
      expect(SNI_SECTIONS.map(({ letter, name }) => ({ letter, name }))).toEqual(
        KERNEL_SECTIONS.map(({ letter, name }) => ({ letter, name })),
      );
    });

    it('places every two-digit division, and codes as typed, in the kernel’s section (or in none where the kernel refuses it)', () => {
      const typed = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0')).flatMap((d) => [
        d,
        `${d}.101`,
        `${d}1`,
      ]);
      for (const code of [...typed, '8', '88.1011', 'Q', '']) {
        const parsed = parseSniCode(code);
        expect([code, sniSectionOf(code)?.letter ?? null]).toEqual([
          code,
          parsed.ok ? sniSection(parsed.value).letter : null,
        ]);
      }
    });
  });
});
