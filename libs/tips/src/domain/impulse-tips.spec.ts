import { fold } from '@samverkan/core/domain';
import { impulseDecider } from './impulse';
import { ImpulseCommand } from './impulse.commands';
import {
  commandOf,
  dismissed,
  homeCare,
  IMPULSE_ID as impulseId,
  impulseSpec as spec,
  joined,
  left,
  municipality,
  reported,
  TIP_ID as tipId,
} from './testing/tips.fixtures';

const OTHER_TIP = 'tip-2025-011';

const join = (toTip = tipId, tipEmployer = homeCare.organisationNumber): ImpulseCommand<'JoinTip'> =>
  commandOf('JoinTip', { impulseId, tipId: toTip, tipEmployer });
const leave = (fromTip = tipId, why = 'Togs bort ur tipset'): ImpulseCommand<'LeaveTip'> =>
  commandOf('LeaveTip', { impulseId, tipId: fromTip, why });

describe('Impulse and tips', () => {
  describe('when it is open', () => {
    const whenJoin = spec.given([reported]).whenEach(join);

    it('joins a tip about its employer', () => {
      whenJoin().then([joined()]);
    });

    it('joins a tip whose employer number comes padded', () => {
      whenJoin(tipId, ` ${homeCare.organisationNumber} `).then([joined()]);
    });

    it('rejects joining a tip about another employer', () => {
      whenJoin(tipId, municipality.organisationNumber).thenThrows('TIP_EMPLOYER_MISMATCH');
    });

    it('rejects leaving a tip it is not in', () => {
      spec.given([reported]).when(leave()).thenThrows('IMPULSE_NOT_IN_TIP');
    });
  });

  describe('when it does not exist', () => {
    it.each([join(), leave()])('rejects $type as not found', (command) => {
      spec.given([]).when(command).thenThrows('IMPULSE_NOT_FOUND');
    });
  });

  describe('when it is dismissed', () => {
    it('rejects joining a tip', () => {
      spec.given([reported, dismissed]).when(join()).thenThrows('IMPULSE_DISMISSED');
    });

    it('rejects leaving a tip', () => {
      spec.given([reported, dismissed]).when(leave()).thenThrows('IMPULSE_NOT_IN_TIP');
    });
  });

  describe('when it is in a tip', () => {
    const inTip = [reported, joined()];

    const whenJoin = spec.given(inTip).whenEach(join);

    it('treats joining the same tip again as done', () => {
      whenJoin().thenNothingHappened();
    });

    it('rejects joining another tip, naming the tip it is in', () => {
      whenJoin(OTHER_TIP).thenThrows('IMPULSE_ALREADY_IN_TIP');
      expect(() => impulseDecider.decide(join(OTHER_TIP), fold(impulseDecider, inTip))).toThrow(
        expect.objectContaining({ details: { impulseId, tipId } }),
      );
    });

    const whenLeave = spec.given(inTip).whenEach(leave);

    it('leaves the tip, saying why', () => {
      whenLeave(tipId, '  Tipset kunde inte sammanställas ').then([
        { type: 'ImpulseLeftTip', data: { impulseId, tipId, why: 'Tipset kunde inte sammanställas' } },
      ]);
    });

    it('rejects leaving another tip', () => {
      whenLeave(OTHER_TIP).thenThrows('IMPULSE_NOT_IN_TIP');
    });
  });

  describe('when it has left its tip', () => {
    const released = [reported, joined(), left()];

    it('is open again', () => {
      expect(fold(impulseDecider, released)).toMatchObject({ status: 'open' });
    });

    it('joins another tip', () => {
      spec
        .given(released)
        .when(join(OTHER_TIP))
        .then([joined(OTHER_TIP)]);
    });

    it('rejects leaving the tip again', () => {
      spec.given(released).when(leave()).thenThrows('IMPULSE_NOT_IN_TIP');
    });
  });
});
