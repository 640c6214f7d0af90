import { changed } from '@samverkan/core/testing/changed';
import { fold } from '@samverkan/core/domain';
import { eligibilityDecider, eligibilityStream } from './eligibility';

import {
  eligibilitySpec as spec,
  markedEligible,
  markEligible,
  municipality,
  PRINCIPAL_INSPECTION_ID,
  TOMORROW,
  WELFARE_ID,
} from './testing/supervision.fixtures';

const mark = changed(markEligible);

describe('Principal eligibility', () => {
  describe('when the principal is not eligible', () => {
    const padded = mark({
      organisationNumber: ` ${municipality.organisationNumber} `,
      principalName: ' Exempel kommun',
    });

    it.each([
      ['as sent', markEligible],
      ['with its organisation number and name trimmed', padded],
    ])('marks the principal eligible for a principal-level inspection in the campaign, %s', (_, command) => {
      spec.given([]).when(command).then([markedEligible]);
    });

    const whenMark = spec.given([]).whenEach(mark);

    it('rejects an organisation number not written NNNNNN-NNNN', () => {
      for (const organisationNumber of ['2120001355', '21200-01355', '']) {
        whenMark({ organisationNumber }).thenThrows('INVALID_ORGANISATION_NUMBER');
      }
    });

    it.each([
      ['INVALID_ID', 'campaignId', { campaignId: ' ' }],
      ['INVALID_ID', 'basedOnInspectionId', { basedOnInspectionId: '' }],
      ['INVALID_TEXT', 'principalName', { principalName: ' ' }],
      ['DATE_IN_FUTURE', 'markedOn', { markedOn: TOMORROW }],
      ['INVALID_DATE', 'markedOn', { markedOn: '2025-09-31' }],
    ])('rejects %s in %s', (code, field, data) => {
      whenMark(data).thenThrows(code, { field });
    });

    it.each([
      ['INVALID_ORGANISATION_NUMBER', { organisationNumber: '2120001355' }],
      ['INVALID_ID', { basedOnInspectionId: ' ' }],
      ['INVALID_TEXT', { principalName: '' }],
      ['DATE_IN_FUTURE', { markedOn: TOMORROW }],
    ])('names the campaign when it rejects %s', (code, data) => {
      whenMark(data).thenThrows(code, { details: { campaignId: WELFARE_ID } });
    });

    it('rejects a command it does not know, as a bug in the caller', () => {
      const unknown = { ...markEligible, type: 'UnmarkPrincipal' } as never;
      expect(() => eligibilityDecider.decide(unknown, { status: 'NONE' })).toThrow(
        'Unknown eligibility command UnmarkPrincipal',
      );
    });
  });

  describe('when the principal is eligible', () => {
    it('adds nothing when the same finding is delivered again', () => {
      spec.given([markedEligible]).when(markEligible).thenNothingHappened();
    });

    it('adds nothing for a later workplace inspection, and keeps the first basis', () => {
      const later = mark({ basedOnInspectionId: PRINCIPAL_INSPECTION_ID, markedOn: '2025-10-15' });
      spec.given([markedEligible]).when(later).thenNothingHappened();
      const second = { ...markedEligible, data: later.data };
      const { basedOnInspectionId } = markedEligible.data;
      expect(fold(eligibilityDecider, [markedEligible, second])).toMatchObject({ basedOnInspectionId });
    });
  });
});

describe('Principal eligibility state', () => {
  it('holds the first marking', () => {
    expect(fold(eligibilityDecider, [])).toEqual({ status: 'NONE' });
    expect(fold(eligibilityDecider, [markedEligible])).toEqual({ status: 'ELIGIBLE', ...markEligible.data });
  });

  it('leaves the state as it is on an event it does not know, marked or not', () => {
    const unknown = { ...markedEligible, type: 'PrincipalUnmarked' } as never;
    expect(fold(eligibilityDecider, [unknown])).toEqual({ status: 'NONE' });
    expect(fold(eligibilityDecider, [markedEligible, unknown])).toEqual({ status: 'ELIGIBLE', ...markEligible.data });
  });

  it('names one stream per campaign and principal', () => {
    expect(eligibilityStream(WELFARE_ID, municipality.organisationNumber)).toBe(
      'principalEligibility-hallbart-arbetsliv-valfarden_212000-1355',
    );
  });
});
